#!/usr/bin/env bash
# Installs the Debian 12 packages twpii needs to build, test and benchmark, if any is missing.
# Sourced by build.sh; safe to run again (it only calls apt-get when something is missing).
set -euo pipefail

TWPII_PACKAGES=(
  build-essential cmake pkg-config
  libre2-dev libicu-dev libcli11-dev libfmt-dev doctest-dev nlohmann-json3-dev libssl-dev
  libbenchmark-dev ripgrep
)

missing=()
for p in "${TWPII_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "twpii: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "twpii: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
