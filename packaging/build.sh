#!/usr/bin/env bash
# Builds the standalone civannot for Linux x86-64 with PyInstaller:
#   dist/civannot-linux-x86_64.tar.gz  ->  civannot/civannot (+ install.sh, README.txt, share/)
# On a fresh Debian machine it installs what it needs (as root, or through sudo): Python's venv,
# binutils, and the X11/GL libraries Qt loads (bundled into the app). PyInstaller and civannot's
# dependencies go into a build venv of their own (build/pyinstaller-venv), at the versions and
# sha256 of packaging/requirements-linux-x86_64.txt (packaging/lock.sh regenerates it).
#
# Environment: PYTHON (default /usr/bin/python3, a CPython 3.11 with its shared library),
# CIVANNOT_BUILD_VENV (where the build venv lives).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)
t0=$(date +%s.%N)

say() { printf 'build: [%3ds] %s\n' "$SECONDS" "$*"; }
# pip, without the notes of a machine-wide pip.conf about local indexes that are not there
pip_q() { "$venv/bin/pip" "$@" --disable-pip-version-check 2>&1 | { grep -v "^WARNING: Location '.*' is ignored" || true; }; }
die() { echo "build: error: $*" >&2; exit 1; }

[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] || die "this script builds the Linux x86-64 app only"

# --- system packages -------------------------------------------------------------------------
# binutils: PyInstaller reads the libraries' dependencies with objdump. The X11/xcb/GL/font
# libraries are what Qt's xcb platform plugin links: present at build time so that PyInstaller
# bundles the ones a desktop may lack (libxcb-cursor0 above all) and resolves the rest.
sys_pkgs=(python3 python3-venv binutils
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xinerama0
    libfontconfig1 libdbus-1-3 libglib2.0-0)
updated=0
ensure_pkgs() {
    local missing=() p sudo=()
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null || die "not a Debian-like system; install: ${missing[*]}"
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || die "missing packages, and neither root nor sudo: ${missing[*]}"
        sudo=(sudo)
    fi
    say "installing ${missing[*]}"
    if [ "$updated" = 0 ]; then
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        updated=1
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null
}
if command -v dpkg >/dev/null; then
    ensure_pkgs "${sys_pkgs[@]}"
else
    say "no dpkg: assuming ${sys_pkgs[*]} (or their equivalents) are installed"
fi

# --- build venv ------------------------------------------------------------------------------
PY=${PYTHON:-/usr/bin/python3}
[ -x "$PY" ] || PY=$(command -v python3) || die "no python3"
lock=packaging/requirements-linux-x86_64.txt
pyver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
# Debian's python3 is linked statically; PyInstaller bundles the shared libpython3.X package's
case "$PY" in /usr/bin/*) command -v dpkg >/dev/null && ensure_pkgs "libpython$pyver" ;; esac
shared=$("$PY" -c 'import sysconfig; print(sysconfig.get_config_var("Py_ENABLE_SHARED") or 0)')
[ "$shared" = 1 ] || die "$PY has no shared libpython, which PyInstaller needs (set PYTHON=...)"
venv=${CIVANNOT_BUILD_VENV:-$root/build/pyinstaller-venv}
stamp="$("$PY" -c 'import sys; print(sys.version)' | head -1) $(sha256sum "$lock" | cut -c1-16)"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.stamp" 2>/dev/null)" != "$stamp" ]; then
    say "build venv $venv (python $pyver)"
    rm -rf "$venv"
    "$PY" -m venv "$venv"
    if [ "$pyver" = 3.11 ]; then
        pip_q install -q --require-hashes -r "$lock"
    else
        # another interpreter has other wheels: same versions, hashes not checked
        say "python $pyver is not the locked 3.11: installing the same versions without hashes"
        sed -e 's/ \\$//' -e '/--hash=/d' "$lock" >"$venv/requirements.txt"
        pip_q install -q -r "$venv/requirements.txt"
    fi
    echo "$stamp" >"$venv/.stamp"
fi
# civannot itself, not editable: civannot.resources must be a real package to be collected
pip_q install -q --no-deps --no-build-isolation --force-reinstall "$root"
# a dependency added to pyproject.toml but not to the lock would be missing from the app
"$venv/bin/pip" check --disable-pip-version-check >/dev/null 2>&1 || {
    "$venv/bin/pip" check --disable-pip-version-check >&2 || true
    die "the build venv does not satisfy civannot's dependencies: run packaging/lock.sh"
}

# --- PyInstaller -----------------------------------------------------------------------------
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export PYTHONHASHSEED=0
out=$root/build/pyinstaller
rm -rf "$out"
say "pyinstaller (log: build/pyinstaller.log)"
if ! "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$out/dist" --workpath "$out/work" packaging/civannot.spec \
    >"$root/build/pyinstaller.log" 2>&1; then
    tail -30 "$root/build/pyinstaller.log" >&2
    die "pyinstaller failed"
fi
app=$out/dist/civannot
[ -x "$app/civannot" ] || die "no executable $app/civannot"

# --- desktop files, installer, a note for the annotator ---------------------------------------
mkdir -p "$app/share"
cp packaging/civannot.desktop packaging/civannot-mime.xml "$app/share/"
cp resources/icons/civannot.svg "$app/share/civannot.svg"
QT_QPA_PLATFORM=offscreen "$venv/bin/python" packaging/render_icon.py \
    resources/icons/civannot.svg "$out/icons" 48 128 256
for size in 48 128 256; do cp "$out/icons/$size/civannot.png" "$app/share/civannot-$size.png"; done
install -m 755 packaging/install.sh "$app/install.sh"
cp packaging/README.txt "$app/README.txt"

# --- archive: fixed order, owners and times, so equal inputs give equal bytes -----------------
mkdir -p dist
tarball=dist/civannot-linux-x86_64.tar.gz
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    --mode='u+rw,go+r,go-w' -C "$out/dist" -cf - civannot | gzip -n -6 >"$tarball.tmp"
mv "$tarball.tmp" "$tarball"

t1=$(date +%s.%N)
build_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", b - a }')
unpacked=$(du -sb "$app" | cut -f1)
packed=$(stat -c %s "$tarball")
mib() { awk -v n="$1" 'BEGIN { printf "%.1f MiB", n / 1048576 }'; }
{
    echo "build time: ${build_s} s"
    echo "unpacked size: $(mib "$unpacked") ($unpacked bytes, $(find "$app" -type f | wc -l) files)"
    echo "tar.gz size: $(mib "$packed") ($packed bytes)"
    echo "sha256: $(sha256sum "$tarball" | cut -d' ' -f1)"
} | tee dist/civannot-linux-x86_64.build.txt | sed 's/^/build: /'
say "wrote $tarball"
