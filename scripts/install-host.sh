#!/usr/bin/env bash
# Installs the offline integration-test host: VS Code 1.100.3 server + web workbench as bundled
# in code-server@4.100.3, into a cache folder outside the source tree. Idempotent: a finished
# install leaves a marker and a second run returns at once.
set -euo pipefail

version="4.100.3"
cache_root="${CORPUS_CURATOR_HOST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/corpus-curator}"
host_dir="$cache_root/code-server-$version"
marker="$host_dir/.installed"

if [ -f "$marker" ]; then
  echo "test host: code-server $version already installed in $host_dir"
  exit 0
fi

for tool in rg chromium; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "test host: '$tool' is missing; run 'npm run setup' (or: sudo apt-get install chromium ripgrep libkrb5-dev)" >&2
    exit 2
  fi
done

echo "test host: installing code-server $version into $host_dir (about 3 minutes, ~450 MB)"
rm -rf "$host_dir"
mkdir -p "$host_dir"
cd "$host_dir"
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

echo '{"name":"corpus-curator-test-host","private":true}' > package.json
npm install --no-save --ignore-scripts --loglevel=error "code-server@$version"

vscode_dir="$host_dir/node_modules/code-server/lib/vscode"
(
  cd "$vscode_dir"
  npm install --omit=dev --ignore-scripts --loglevel=error
  npm rebuild --loglevel=error @vscode/spdlog native-watchdog node-pty @vscode/deviceid @parcel/watcher kerberos
  # @vscode/ripgrep's own post-install downloads rg from the internet; use the system one.
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  ln -sfn node_modules node_modules.asar
)
(cd "$vscode_dir/extensions" && npm install --omit=dev --ignore-scripts --loglevel=error)
# argon2 is hoisted next to code-server, so it is rebuilt from the cache root.
npm rebuild --loglevel=error argon2

# Prove the install starts before marking it done.
node "$host_dir/node_modules/code-server/out/node/entry.js" --version >/dev/null

touch "$marker"
echo "test host: installed"
