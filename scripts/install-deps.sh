#!/bin/sh
# Installs the Debian packages libtotuo needs to build, test and document
# itself, if any are missing. Uses sudo when not run as root.
set -eu
#   install-deps.sh          to build and run the main job
#   install-deps.sh --tests  and to run every test (scripts/test.sh)
#   install-deps.sh --ci     and the hardening and packaging checks of .ci/run
packages="meson ninja-build pkg-config gcc libglib2.0-dev libjson-glib-dev libzip-dev libfreexl-dev libxlsxwriter-dev gettext check doxygen python3"
case "${1:-}" in
  --tests|--ci)
    # The HTML report is checked in a real browser, with the CJK fonts it names;
    # the workbooks are read back with openpyxl.
    packages="$packages chromium fonts-noto-cjk python3-openpyxl" ;;
esac
if [ "${1:-}" = "--ci" ]; then
  packages="$packages clang libclang-rt-dev binutils valgrind gcovr python3-pip python3-setuptools python3-wheel python3-mypy python3-pandas"
fi
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq $missing > /dev/null
