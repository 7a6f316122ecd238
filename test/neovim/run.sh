#!/usr/bin/env bash
# Headless Neovim test of the language server (Debian neovim 0.7.2 is enough).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
if ! command -v nvim >/dev/null 2>&1; then
  echo "Neovim test skipped: nvim not installed (apt-get install neovim)"
  exit 0
fi
[ -f "$ROOT/dist/server.js" ] || (cd "$ROOT" && npm run --silent build)
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$SCRATCH/ws" "$SCRATCH/config" "$SCRATCH/data" "$SCRATCH/state" "$SCRATCH/cache"
sed -E '0,/^( +)level: 2$/s//\1level: 7/' "$ROOT/examples/kasubbag-umum-pengawas.skj.yaml" > "$SCRATCH/ws/standar.skj.yaml"
echo "skj neovim: $(nvim --version | head -1)"
start=$(date +%s%N)
XDG_CONFIG_HOME="$SCRATCH/config" XDG_DATA_HOME="$SCRATCH/data" XDG_STATE_HOME="$SCRATCH/state" XDG_CACHE_HOME="$SCRATCH/cache" \
  SKJ_SERVER="$ROOT/dist/server.js" timeout 60 nvim --headless -n -i NONE -u "$ROOT/test/neovim/init.lua" "$SCRATCH/ws/standar.skj.yaml"
rc=$?
echo "skj neovim: passed in $(( ($(date +%s%N) - start) / 1000000 )) ms"
exit $rc
