#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (no browser download works on these machines), and the print
# tests turn its PDFs into page images with pdftoppm (Debian's poppler-utils). Runs before
# `npm test` and `npm run bench`: installs what is missing when allowed, otherwise says what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
ontbreekt=()
[ -x "$browser" ] || ontbreekt+=(chromium)
command -v pdftoppm >/dev/null || ontbreekt+=(poppler-utils)
[ ${#ontbreekt[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Ontbreekt voor de browsertests: ${ontbreekt[*]}; installeren met apt-get…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${ontbreekt[@]}" >/dev/null
  exit 0
fi
echo "De browsertests hebben nodig: ${ontbreekt[*]}. Installeer ze (sudo apt-get install ${ontbreekt[*]}) of zet CHROMIUM_PATH." >&2
exit 1
