#!/usr/bin/env bash
# Entry point of the pre-commit hooks (.pre-commit-hooks.yaml, language: script). pre-commit keeps
# a clone of this repository in its cache; the first run installs and builds it there (npm ci),
# later runs reuse the build. Arguments: options for `onrecord check`, then the staged drafts.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cli="$repo/server/out/cli.js"
if [ ! -f "$cli" ]; then
  echo "onrecord: first run: installing in $repo" >&2
  npm ci --prefix "$repo" --no-audit --no-fund --loglevel=error >&2
fi
exec node "$cli" check "$@"
