#!/usr/bin/env bash
# Installs the system packages Preflight's tests and demo need: Debian chromium (e2e, demo),
# firefox-esr (e2e), unbound (a real DoH server for the DNS integration tests), and the two SPF
# reference implementations the differential test compares check_host() with: pyspf (python3-spf)
# and Mail::SPF (libmail-spf-perl).
# Called by the README's set-up and by .ci/run. Needs root (or sudo) and Debian's package lists.
set -euo pipefail
pkgs=(chromium firefox-esr unbound ca-certificates python3-spf libmail-spf-perl)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "setup-system: installing ${missing[*]}"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "setup-system: chromium, firefox-esr, unbound, python3-spf and libmail-spf-perl are installed"
fi
# The Debian unbound package enables a system service; the tests start their own instance on free
# loopback ports and never need the system one.
