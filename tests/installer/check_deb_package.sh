#!/bin/sh
# installer.deb_package: cpack -G DEB into a temporary folder, then check what a user would get.
# Arguments: BUILD_DIR SOURCE_DIR VERSION gui|nogui (whether mbus-workbench is a target of this tree).
set -u
build="$1" source="$2" version="$3" gui="$4"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

work=$(mktemp -d "${TMPDIR:-/tmp}/mbus-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
deb="$work/out/mbus-workbench_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { ls "$work/out"; echo "FAIL: $deb was not made"; exit 1; }

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = mbus-workbench ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project's is $version"
[ "$(field Section)" = electronics ] || fail "Section is '$(field Section)'"
depends=$(field Depends)
echo "Depends: $depends"
expected="libc6 libstdc++6 libqt6core6 libqt6network6 libqt6serialport6 libqt6sql6 libqt6sql6-sqlite"
[ "$gui" = gui ] && expected="$expected libqt6gui6 libqt6widgets6 libqt6printsupport6 libqcustomplot2.1-qt6"
for package in $expected; do
    # a whole name in the comma-separated list, with or without a version constraint
    name=$(printf '%s' "$package" | sed 's/[.+]/\\&/g')
    echo ", $depends," | grep -Eq ", $name( \([^)]*\))?," || fail "Depends lacks $package"
done

dpkg-deb -c "$deb" | awk '{print $6}' >"$work/contents"
files="./usr/bin/mbus-cli ./usr/bin/mbus-sim
./usr/share/mbus-workbench/projects/demo.mbwproj
./usr/share/mbus-workbench/profiles/demo.json"
gui_files="./usr/bin/mbus-workbench
./usr/share/applications/mbus-workbench.desktop
./usr/share/icons/hicolor/scalable/apps/mbus-workbench.svg
./usr/share/mime/packages/mbus-workbench.xml"
for f in $files; do
    grep -qx "$f" "$work/contents" || fail "the package lacks $f"
done
# The menu entry, icon and file type come only with the GUI they launch.
for f in $gui_files; do
    if [ "$gui" = gui ]; then
        grep -qx "$f" "$work/contents" || fail "the package lacks $f"
    else
        grep -qx "$f" "$work/contents" && fail "$f without mbus-workbench in the package"
    fi
done
# Nothing outside /usr, nothing from the build tree.
grep -v '^\./$' "$work/contents" | grep -v '^\./usr/' | sed 's/^/outside \/usr: /' | grep . && fail "files outside /usr"

dpkg-deb -x "$deb" "$work/root"
for program in mbus-cli mbus-sim mbus-workbench; do
    binary="$work/root/usr/bin/$program"
    [ -f "$binary" ] || continue
    readelf -d "$binary" | grep -E 'RPATH|RUNPATH' && fail "$program carries an RPATH"
    readelf -S "$binary" | grep -q '\.debug_info' && fail "$program is not stripped"
done
# The packaged program runs without the build tree.
"$work/root/usr/bin/mbus-cli" decode "$source/resources/telegrams/heat-meter.hex" >"$work/decode.txt" 2>&1 \
    || { cat "$work/decode.txt"; fail "the packaged mbus-cli does not decode the sample telegram"; }
if [ "$gui" = gui ]; then
    cmp -s "$source/installer/mbus-workbench.svg" "$work/root/usr/share/icons/hicolor/scalable/apps/mbus-workbench.svg" \
        || fail "the packaged icon differs from installer/mbus-workbench.svg"
    if command -v desktop-file-validate >/dev/null 2>&1; then
        desktop-file-validate "$work/root/usr/share/applications/mbus-workbench.desktop" || fail "desktop-file-validate"
    fi
fi

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "ok: $(basename "$deb") ($(wc -l <"$work/contents") entries)"
