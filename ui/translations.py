"""Qt translators for the user's language: Verso's own strings and Qt's (dialog buttons, menus).

``make translations`` runs ``pyside6-lupdate`` over ``ui/`` into
``resources/translations/verso_<lang>.ts`` (edited with Qt Linguist) and
``pyside6-lrelease`` into the ``.qm`` loaded here. Qt's own catalogues come
from its installation (``QLibraryInfo``), which the bundle carries too. A
language without a catalogue simply stays English.

Counts go through Qt's plural forms (``translate(context, "%n difference(s)", None, n)``).
English needs a catalogue for those too: ``verso_en`` (``lupdate -pluralonly``)
holds only the plural messages and is installed first, whatever the language,
so a language installed after it comes first and English is the fallback
("1 difference", "2 differences", never "2 difference(s)").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's and Verso's catalogues for ``locale`` (the system's); return those found."""
    locale = locale or QLocale.system()
    installed = []
    english = QTranslator(app)
    if english.load("verso_en", str(TRANSLATIONS)):  # English plural forms, the fallback
        app.installTranslator(english)
        installed.append(english)
    else:
        english.deleteLater()
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("verso", str(TRANSLATIONS))):
        if name == "verso" and locale.language() == QLocale.Language.English:
            continue  # verso_en is installed already
        translator = QTranslator(app)  # owned by the application: lives as long as it
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
