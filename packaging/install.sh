#!/usr/bin/env bash
# Registers this unpacked civannot for the current user (no root): a menu entry, the icon, the
# file type application/x-civannot for *.civ with civannot as its opener, and ~/.local/bin/civannot.
# The app stays in this folder: move the folder, then run install.sh again.
#
#   ./install.sh                 install (or refresh)
#   ./install.sh --uninstall     remove what install.sh wrote
#   ./install.sh --no-xdg-tools  write the files only, without xdg-mime, update-mime-database
#                                and update-desktop-database (also what happens when they are
#                                missing)
set -euo pipefail

usage() { sed -n '2,11s/^# \{0,1\}//p' "$0"; }

mode=install
use_tools=1
for arg in "$@"; do
    case "$arg" in
        --uninstall) mode=uninstall ;;
        --no-xdg-tools) use_tools=0 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "install.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done

if [ -z "${HOME:-}" ] || [ ! -d "$HOME" ]; then
    echo "install.sh: HOME is not set to a folder" >&2
    exit 1
fi
here=$(cd "$(dirname "$0")" && pwd -P)
app="$here/civannot"
share="$here/share"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
config="${XDG_CONFIG_HOME:-$HOME/.config}"
bin="$HOME/.local/bin"
mime_type=application/x-civannot
desktop_id=civannot.desktop

have() { [ "$use_tools" = 1 ] && command -v "$1" >/dev/null 2>&1; }

# The [Default Applications] entry for our type in mimeapps.list, set (install) or dropped.
set_default_by_file() {
    local file="$config/mimeapps.list" value="$1" tmp
    mkdir -p "$config"
    [ -f "$file" ] || : >"$file"
    tmp=$(mktemp "$file.XXXXXX")
    awk -v type="$mime_type" -v value="$value" '
        function add() { if (value != "" && !done) { print type "=" value; done = 1 } }
        /^\[/ { if (in_def) add(); in_def = ($0 == "[Default Applications]"); seen = seen || in_def; print; next }
        in_def && index($0, type "=") == 1 { add(); next }
        { print }
        END { if (in_def) add(); else if (!seen && value != "") { print "[Default Applications]"; print type "=" value } }
    ' "$file" >"$tmp"
    mv "$tmp" "$file"
}

refresh_databases() {
    if have update-mime-database; then
        update-mime-database "$data/mime" >/dev/null 2>&1 || echo "install.sh: update-mime-database failed (ignored)" >&2
    fi
    if have update-desktop-database; then
        update-desktop-database -q "$data/applications" 2>/dev/null || true
    fi
}

icon_files=(
    "icons/hicolor/scalable/apps/civannot.svg"
    "icons/hicolor/scalable/mimetypes/application-x-civannot.svg"
    "icons/hicolor/48x48/apps/civannot.png"
    "icons/hicolor/128x128/apps/civannot.png"
    "icons/hicolor/256x256/apps/civannot.png"
)

if [ "$mode" = uninstall ]; then
    rm -f "$data/applications/$desktop_id" "$data/mime/packages/civannot.xml"
    for f in "${icon_files[@]}"; do rm -f "$data/$f"; done
    if [ -L "$bin/civannot" ] && [ "$(readlink "$bin/civannot")" = "$app" ]; then
        rm -f "$bin/civannot"
    fi
    [ -f "$config/mimeapps.list" ] && set_default_by_file ""
    [ -d "$data/mime" ] && refresh_databases
    echo "civannot: removed from the menu and as the opener of .civ files"
    exit 0
fi

if [ ! -x "$app" ] || [ ! -f "$share/civannot.desktop" ]; then
    echo "install.sh: run the install.sh inside the unpacked civannot folder ($app missing)" >&2
    exit 1
fi

mkdir -p "$data/applications" "$data/mime/packages" "$bin"
for f in "${icon_files[@]}"; do mkdir -p "$(dirname "$data/$f")"; done

# The menu entry runs this folder's executable. Exec needs the path quoted and \ " ` $ escaped
# (Desktop Entry Specification, "The Exec key"); TryExec takes the plain path.
exec_path=$(printf '%s' "$app" | sed -e 's/[\\"`$]/\\\\&/g')
EXEC_LINE="Exec=\"$exec_path\" %f" TRY_LINE="TryExec=$app" awk '
    /^Exec=/ { print ENVIRON["EXEC_LINE"]; next }
    /^TryExec=/ { print ENVIRON["TRY_LINE"]; next }
    { print }
' "$share/civannot.desktop" >"$data/applications/$desktop_id.tmp"
mv "$data/applications/$desktop_id.tmp" "$data/applications/$desktop_id"
chmod 644 "$data/applications/$desktop_id"

cp "$share/civannot.svg" "$data/icons/hicolor/scalable/apps/civannot.svg"
cp "$share/civannot.svg" "$data/icons/hicolor/scalable/mimetypes/application-x-civannot.svg"
for size in 48 128 256; do
    cp "$share/civannot-$size.png" "$data/icons/hicolor/${size}x${size}/apps/civannot.png"
done
cp "$share/civannot-mime.xml" "$data/mime/packages/civannot.xml"

# ~/.local/bin/civannot for the command line, unless something else already has that name
if [ -L "$bin/civannot" ] || [ ! -e "$bin/civannot" ]; then
    ln -sfn "$app" "$bin/civannot"
else
    echo "install.sh: $bin/civannot exists and is not ours; left alone" >&2
fi

refresh_databases
if have xdg-mime && xdg-mime default "$desktop_id" "$mime_type" 2>/dev/null \
    && grep -qs "^$mime_type=$desktop_id" "$config/mimeapps.list"; then
    how="xdg-mime"
else
    set_default_by_file "$desktop_id"
    how="mimeapps.list"
fi
touch "$data/icons/hicolor" 2>/dev/null || true  # icon caches notice the new icons

echo "civannot: installed for $(id -un 2>/dev/null || echo this user)"
echo "  menu entry  $data/applications/$desktop_id"
echo "  .civ files  open with civannot ($how)"
echo "  command     $bin/civannot"
