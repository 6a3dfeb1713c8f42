#!/bin/sh
# Install a built Verso bundle with its desktop integration.
#
#   packaging/linux/install.sh [PREFIX]      default PREFIX: ~/.local (no root needed)
#   sudo packaging/linux/install.sh /usr/local
#
# Run from a checkout after `make package`, or from an unpacked
# verso-VERSION-linux-ARCH.tar.gz (which holds verso/ next to this script's
# share/ folder). Installs:
#   PREFIX/lib/verso/                 the one-folder bundle
#   PREFIX/bin/verso                  a symbolic link to it
#   PREFIX/share/applications/        io.github.verso.Verso.desktop
#   PREFIX/share/metainfo/            io.github.verso.Verso.metainfo.xml
#   PREFIX/share/mime/packages/       io.github.verso.Verso.xml (.verso files)
#   PREFIX/share/icons/hicolor/       the app icon, every size
# and refreshes the MIME, desktop and icon caches when their tools exist.
# Uninstall: the same command with --uninstall as the first argument.
set -eu

APP_ID=io.github.verso.Verso
HERE=$(cd "$(dirname "$0")" && pwd)

uninstall=0
if [ "${1:-}" = "--uninstall" ]; then
    uninstall=1
    shift
fi
PREFIX=${1:-"$HOME/.local"}

# Where the bundle and the integration files are: a checkout or a release tarball.
if [ -x "$HERE/../../dist/verso/verso" ]; then
    BUNDLE=$(cd "$HERE/../../dist/verso" && pwd)
    SHARE=$HERE
elif [ -x "$HERE/verso/verso" ]; then
    BUNDLE=$HERE/verso
    SHARE=$HERE/share
else
    BUNDLE=
    SHARE=$HERE
fi

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$PREFIX/share/mime" || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$PREFIX/share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$PREFIX/share/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
    fi
}

if [ "$uninstall" = 1 ]; then
    rm -rf "$PREFIX/lib/verso"
    if [ -L "$PREFIX/bin/verso" ]; then rm -f "$PREFIX/bin/verso"; fi
    rm -f "$PREFIX/share/applications/$APP_ID.desktop" \
          "$PREFIX/share/metainfo/$APP_ID.metainfo.xml" \
          "$PREFIX/share/mime/packages/$APP_ID.xml"
    find "$PREFIX/share/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    refresh
    echo "Verso removed from $PREFIX"
    exit 0
fi

if [ -z "$BUNDLE" ]; then
    echo "install.sh: no bundle found; run 'make package' first" >&2
    exit 2
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo" \
         "$PREFIX/share/mime/packages" "$PREFIX/share/icons"
rm -rf "$PREFIX/lib/verso"
cp -R "$BUNDLE" "$PREFIX/lib/verso"
ln -sf "$PREFIX/lib/verso/verso" "$PREFIX/bin/verso"
# The menu entry names the installed command by its full path: a desktop
# session's PATH need not include PREFIX/bin.
sed -e "s|^Exec=verso |Exec=\"$PREFIX/bin/verso\" |" -e "s|^TryExec=verso\$|TryExec=$PREFIX/bin/verso|" \
    "$SHARE/$APP_ID.desktop" > "$PREFIX/share/applications/$APP_ID.desktop"
cp "$SHARE/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/"
cp "$SHARE/$APP_ID.mime.xml" "$PREFIX/share/mime/packages/$APP_ID.xml"
cp -R "$SHARE/icons/hicolor" "$PREFIX/share/icons/"
refresh
echo "Verso installed in $PREFIX (run: $PREFIX/bin/verso)"
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "Note: $PREFIX/bin is not on PATH; add it to run 'verso' from a terminal." ;;
esac
