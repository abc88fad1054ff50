#!/usr/bin/env bash
# Installs code-server (VS Code served to a browser) for the real-VS-Code end-to-end tests, cached
# under .vscode-test/ (git-ignored) so later runs skip it. Offline but for the npm registry and
# Debian's packages: see ../shared/recipes/real-vscode-e2e.md for why each step is needed.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VER=4.100.3   # VS Code 1.100.3: the last code-server that runs on Node 20
DEST="$ROOT/.vscode-test/code-server-$VER"
if [ -f "$DEST/.installed" ]; then
  echo "$DEST/package"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if ! command -v rg >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq ripgrep >/dev/null
fi
"$ROOT/scripts/ensure-chromium.sh"
rm -rf "$DEST" && mkdir -p "$DEST" && cd "$DEST"
{
  npm pack "code-server@$VER" --silent
  tar xzf "code-server-$VER.tgz"
  cd package
  npm install --omit=dev --ignore-scripts --no-audit --no-fund
  npm rebuild argon2
  cd lib/vscode
  npm install --omit=dev --ignore-scripts --no-audit --no-fund
  npm_config_yes=true npm rebuild node-pty @vscode/spdlog native-watchdog @parcel/watcher @vscode/deviceid
  mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  ln -sfn node_modules node_modules.asar
  (cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund)
} >"$DEST/install.log" 2>&1 || { tail -40 "$DEST/install.log" >&2; exit 1; }
touch "$DEST/.installed"
echo "$DEST/package"
