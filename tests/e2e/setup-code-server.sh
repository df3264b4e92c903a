#!/usr/bin/env bash
# Installs a real VS Code that needs no download from outside the package registries:
# code-server 4.100.3 (VS Code 1.100.3, the newest that runs on Node 20) and playwright-core from
# the npm registry, Chromium and ripgrep from Debian. Everything goes to .vscode-e2e/ (ignored by
# git); a second run finds it there and returns at once.
#
# Usage: tests/e2e/setup-code-server.sh [PREFIX]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PREFIX="${1:-$ROOT/.vscode-e2e}"
CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.65.1
RIPGREP_PACKAGE_VERSION=1.15.11   # the @vscode/ripgrep that code-server 4.100.3 pins

installed_version() {
  node -e "try { console.log(require('$PREFIX/node_modules/$1/package.json').version) } catch { }"
}

if [ "$(installed_version code-server)" = "$CODE_SERVER_VERSION" ] &&
  [ "$(installed_version playwright-core)" = "$PLAYWRIGHT_VERSION" ] &&
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/rg ] && command -v pgrep >/dev/null; then
  echo "e2e setup: code-server $CODE_SERVER_VERSION, playwright-core $PLAYWRIGHT_VERSION and chromium already installed in $PREFIX"
  exit 0
fi

started=$(date +%s)
# ---- Debian packages: Chromium (the thin client the workbench needs), ripgrep, native build tools
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/rg ] || [ ! -f /usr/include/krb5.h ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "e2e setup: needs root to apt-get install chromium ripgrep build-essential libkrb5-dev libsecret-1-dev" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends \
    build-essential python3 pkg-config libkrb5-dev libsecret-1-dev ripgrep chromium fonts-liberation fonts-dejavu-core procps >/dev/null
fi
node -e 'if (process.versions.node.split(".")[0] !== "20") { console.error("code-server 4.100.3 needs Node 20, this is " + process.version); process.exit(1) }'

# ---- Keep every install step inside the registries
# node-gyp builds against the installed Node headers instead of downloading them.
if [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
# node-pty's postinstall runs `npx node-gyp`, which must not stop to ask.
export npm_config_yes=true
# @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this archive in its cache
# under TMPDIR: build it from Debian's rg.
mkdir -p "$PREFIX/.tmp"
export TMPDIR="$PREFIX/.tmp"
cache="$TMPDIR/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
mkdir -p "$cache/stage"
cp /usr/bin/rg "$cache/stage/rg"
tar czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$cache/stage" rg
rm -rf "$cache/stage"

cd "$PREFIX"
[ -f package.json ] || echo '{ "name": "parlq-vscode-e2e", "private": true }' >package.json
# --unsafe-perm: code-server's postinstall insists on it when run as root.
npm install --no-audit --no-fund --unsafe-perm --foreground-scripts --loglevel=error \
  "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" >"$PREFIX/install.log" 2>&1 ||
  { tail -40 "$PREFIX/install.log" >&2; exit 1; }

test -x node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg
node_modules/.bin/code-server --config /dev/null --version | head -1
echo "e2e setup: installed in $PREFIX in $(($(date +%s) - started)) s"
