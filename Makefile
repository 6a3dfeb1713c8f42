# Everything sets itself up in .venv; only Python 3.11 and make are needed.
# Python 3.11 or newer: python3.11 if it is on PATH, else python3.
PYTHON ?= $(shell command -v python3.11 >/dev/null 2>&1 && echo python3.11 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint setup clean package package-smoke

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || \
		{ echo "Verso needs Python 3.11 or newer: set PYTHON=/path/to/python3.11"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/verso resources/samples/putin-minerals-bbc.txt resources/samples/putin-minerals-rewrite.txt

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check app ui tests benchmarks tools
	$(BIN)/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Desktop bundle (issue 7; docs/packaging.md). Not part of `make test`: the
# build takes about a minute and the bundle tests skip when no bundle exists.
package: $(STAMP)
	sh packaging/build.sh $(BIN)/python

package-smoke: $(STAMP)
	@test -x dist/verso/verso || { echo "No bundle in dist/verso/: run 'make package' first"; exit 2; }
	VERSO_BUNDLE=dist/verso/verso QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/packaging/test_bundle.py

# Translations (issue 7): the .ts catalogue translators edit (Qt Linguist) and the .qm the
# app loads (ui/translations.py). Add a language by adding its .ts name here.
.PHONY: translations
# verso_en holds only the English plural forms ("%n difference(s)"), installed under every language.
TRANSLATIONS := resources/translations/verso_de.ts
PLURALS := resources/translations/verso_en.ts
UI_SOURCES = $(shell find ui -name '*.py' | sort)
translations: $(STAMP)
	mkdir -p resources/translations build
	$(BIN)/python -m ui.shell.action_strings > build/action_strings.py
	$(BIN)/pyside6-lupdate -no-obsolete $(UI_SOURCES) build/action_strings.py -ts $(TRANSLATIONS)
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly $(UI_SOURCES) -ts $(PLURALS)
	for ts in $(TRANSLATIONS) $(PLURALS); do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done
