#!/bin/sh
# Installs the Debian 12 packages the project needs (when missing), then configures and builds
# into build/. Idempotent: a second run only rebuilds what changed.
set -eu
cd "$(dirname "$0")"

packages="cmake ninja-build g++ clang libclang-rt-14-dev python3
qt6-base-dev qt6-serialport-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
libqcustomplot-dev libqcustomplot2.1-qt6 socat xvfb xauth dpkg-dev"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "setup: installing$missing"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
fi

# clang builds everything so that the libFuzzer target (ASan + UBSan) is part of the normal build.
if [ ! -f build/CMakeCache.txt ]; then
    CC=clang CXX=clang++ cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build
