#!/usr/bin/env bash
# Installs what the end-to-end tests need besides the Debian packages (chromium, libkrb5-dev,
# ripgrep; .ci/run installs those): code-server, playwright-core, @vscode/test-electron and mocha
# from this folder's package-lock.json. Nothing is downloaded from outside the npm registry.
# Idempotent: a complete install is left alone.
set -euo pipefail
cd "$(dirname "$0")"

for cmd in rg chromium; do
  command -v "$cmd" >/dev/null || { echo "test/e2e/setup.sh: $cmd is missing (apt-get install ripgrep chromium libkrb5-dev)" >&2; exit 1; }
done

cs=node_modules/code-server/lib/vscode/node_modules
if [ -x "$cs/@vscode/ripgrep/bin/rg" ] && [ -f "$cs/node-pty/build/Release/pty.node" ] \
   && [ -f node_modules/playwright-core/package.json ] && [ -f node_modules/@vscode/test-electron/package.json ] \
   && [ -f node_modules/mocha/package.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "e2e dependencies already installed"
  exit 0
fi

# @vscode/ripgrep (inside code-server's VS Code) downloads rg from GitHub in its postinstall unless
# the release asset is already in $TMPDIR/vscode-ripgrep-cache-<its version>/: seed that cache with
# Debian's rg (13.0.0, the same major as the v13.0.0-10 build it wants).
rg_package=1.15.11 # the @vscode/ripgrep that code-server 4.100.3's lib/vscode/npm-shrinkwrap.json pins
cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-${rg_package}"
asset=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
if [ ! -s "$cache/$asset" ]; then
  mkdir -p "$cache"
  stage=$(mktemp -d)
  cp "$(command -v rg)" "$stage/rg"
  tar czf "$cache/$asset" -C "$stage" rg
  rm -rf "$stage"
fi

# code-server's postinstall refuses to run as root unless npm_config_unsafe_perm is set (npm 11
# warns that it does not know the option, and still passes it to the script), and node-pty's
# postinstall runs `npx node-gyp`, which must not stop to ask (npm_config_yes).
export npm_config_unsafe_perm=true npm_config_yes=true
npm ci --no-audit --no-fund

test -x "$cs/@vscode/ripgrep/bin/rg"
test -f "$cs/node-pty/build/Release/pty.node"
node -p '"code-server " + require("code-server/package.json").version + ", playwright-core " + require("playwright-core/package.json").version + ": ready"'
