#!/usr/bin/env bash
# Declares a deliberate change of the public API: builds, reads the PublicApiAnalyzers diagnostics and
# updates each packable project's PublicAPI.Unshipped.txt (RS0016: add the new symbol; RS0017: drop a symbol
# that no longer exists). Review the diff of the PublicAPI files before committing: that diff *is* the API review.
# Usage: eng/update-public-api.sh [project-or-solution]   (default: YouthJustice.sln; naming one src project is faster)
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-YouthJustice.sln}
for pass in 1 2 3; do
  log=$(mktemp)
  dotnet build "$target" -c Release -nologo -v q -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
  changed=0
  while IFS= read -r line; do
    file=${line%%(*}
    dir=$(dirname "$file")
    while [ "$dir" != "/" ] && [ ! -f "$dir/PublicAPI.Unshipped.txt" ]; do dir=$(dirname "$dir"); done
    [ -f "$dir/PublicAPI.Unshipped.txt" ] || continue
    sym=$(printf '%s\n' "$line" | sed -E "s/.*(RS0016|RS0017): Symbol '(.*)' is (not part of|part of) the declared .*/\2/")
    case "$line" in
      *RS0016*) grep -qxF -- "$sym" "$dir/PublicAPI.Unshipped.txt" || { printf '%s\n' "$sym" >>"$dir/PublicAPI.Unshipped.txt"; changed=1; } ;;
      *RS0017*) if grep -qxF -- "$sym" "$dir/PublicAPI.Unshipped.txt"; then
                  grep -vxF -- "$sym" "$dir/PublicAPI.Unshipped.txt" >"$dir/PublicAPI.Unshipped.tmp" || true
                  mv "$dir/PublicAPI.Unshipped.tmp" "$dir/PublicAPI.Unshipped.txt"; changed=1
                fi ;;
    esac
  done < <(grep -E "(warning|error) (RS0016|RS0017):" "$log" | sort -u)
  rm -f "$log"
  for f in src/*/PublicAPI.Unshipped.txt; do
    { echo '#nullable enable'; grep -v '^#nullable enable$' "$f" | LC_ALL=C sort -u; } >"$f.tmp" && mv "$f.tmp" "$f"
  done
  [ "$changed" -eq 1 ] || break
done
echo "PublicAPI files updated; now run: dotnet build -c Release"
