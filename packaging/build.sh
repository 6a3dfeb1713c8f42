#!/bin/sh
# `make package`: build the one-folder bundle dist/verso/ with PyInstaller and
# the release tarball dist/verso-VERSION-linux-ARCH.tar.gz (bundle + desktop
# integration + install.sh). Usage: packaging/build.sh [PYTHON]  (default .venv/bin/python)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${1:-"$ROOT/.venv/bin/python"}
cd "$ROOT"
start=$(date +%s)

"$PY" -m pip install --quiet -r packaging/requirements.txt
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/verso.spec

VERSION=$(dist/verso/verso --version | cut -d' ' -f2)
ARCH=$(uname -m)
NAME=verso-$VERSION-linux-$ARCH
STAGE=build/$NAME
rm -rf "$STAGE" && mkdir -p "$STAGE/share"
cp -R dist/verso "$STAGE/verso"
cp packaging/linux/io.github.verso.Verso.desktop packaging/linux/io.github.verso.Verso.metainfo.xml \
   packaging/linux/io.github.verso.Verso.mime.xml "$STAGE/share/"
cp -R packaging/linux/icons "$STAGE/share/icons"
cp packaging/linux/install.sh "$STAGE/install.sh"
tar -C build -czf "dist/$NAME.tar.gz" "$NAME"
rm -rf "$STAGE"

end=$(date +%s)
echo "Bundle:  dist/verso/verso ($(du -sh dist/verso | cut -f1))"
echo "Archive: dist/$NAME.tar.gz ($(du -sh "dist/$NAME.tar.gz" | cut -f1))"
echo "Built in $((end - start)) s. Check it with: make package-smoke"
