#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (no browser download works on these machines). Runs
# before `npm test`: installs the package when missing and allowed, otherwise says what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium ontbreekt: installeren met apt-get (Debian-pakket chromium)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "De browsertests hebben Chromium nodig: installeer het (sudo apt-get install chromium) of zet CHROMIUM_PATH." >&2
exit 1
