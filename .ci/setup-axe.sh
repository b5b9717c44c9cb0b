#!/usr/bin/env bash
# axe-core, the accessibility engine the browser tests inject into each page, from the npm registry (MPL-2.0).
set -euo pipefail
version=4.14.1
dir="${AXE_HOME:-/opt/socialscheduler/axe-core-$version}"
if [ ! -f "$dir/package/axe.min.js" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends npm >/dev/null
  fi
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "axe-core@$version" >/dev/null && tar -xzf "axe-core-$version.tgz" && rm "axe-core-$version.tgz")
fi
echo "axe-core $version at $dir/package/axe.min.js"
echo "SOCIALSCHEDULER_TEST_AXE=$dir/package/axe.min.js" >> "$PEERS_ENV"
