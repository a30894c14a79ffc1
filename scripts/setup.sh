#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine with Node 20 for development and tests:
# system packages (Chromium and ripgrep for the offline VS Code test host, Kerberos headers for
# one of its native modules), the npm dependencies, and the offline test host itself.
set -euo pipefail
cd "$(dirname "$0")/.."

node_ok=$(node -e 'const [a,b]=process.versions.node.split(".").map(Number); console.log(a>20||(a===20&&b>=19)?1:0)')
if [ "$node_ok" != 1 ]; then
  echo "setup: Node.js >= 20.19 is required (found $(node --version))" >&2
  exit 2
fi

packages=(chromium ripgrep libkrb5-dev)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
    echo "setup: please install these system packages first: apt-get install ${missing[*]}" >&2
    exit 2
  fi
  echo "setup: installing system packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
bash scripts/install-host.sh
echo "setup: done. Next: npm test"
