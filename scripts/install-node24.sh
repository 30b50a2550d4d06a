#!/usr/bin/env bash
# Node.js 24 for the Action's tests; `npm test` installs it by itself. See scripts/install-node.sh.
exec bash "$(dirname "$0")/install-node.sh" 24
