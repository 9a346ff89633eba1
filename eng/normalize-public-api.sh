#!/usr/bin/env bash
# Sorts and de-duplicates the PublicAPI.*.txt files (after a merge, the union merge can leave a symbol twice).
set -euo pipefail
cd "$(dirname "$0")/.."
for f in src/*/PublicAPI.Unshipped.txt src/*/PublicAPI.Shipped.txt; do
  { echo '#nullable enable'; { grep -v -e '^#nullable enable$' -e '^$' "$f" || true; } | LC_ALL=C sort -u; } >"$f.tmp"
  mv "$f.tmp" "$f"
done
