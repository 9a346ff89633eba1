#!/usr/bin/env bash
# Runs every analysis in docs/analysis as a C# file-based app, as a user would (`dotnet run x.cs`), against the
# YouthJustice packages in a folder (default artifacts/packages, where .ci/run packs them). The app's
# `#:package YouthJustice.*@$(YouthJusticeVersion)` lines get the version of the packages found there; the
# packages are restored into a fresh folder, so a package of the same version left in the NuGet cache by an
# earlier build is never used. Charts and logs go to artifacts/analysis. Fails on any build error, warning or
# exception.
#   eng/analyses.sh [PACKAGE-FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
packages=$(cd "${1:-$root/artifacts/packages}" && pwd)
kpi=$(find "$packages" -maxdepth 1 -name 'YouthJustice.Kpi.[0-9]*.nupkg' | head -n 1)
[ -n "$kpi" ] || { echo "no YouthJustice.Kpi package in $packages: pack first"; exit 1; }
version=$(basename "$kpi" .nupkg); version=${version#YouthJustice.Kpi.}
work="$root/artifacts/analysis"
rm -rf "$work" && mkdir -p "$work"
cd "$work"
status=0
for app in "$root"/docs/analysis/*.cs; do
  name=$(basename "$app" .cs)
  printf '%s (YouthJustice %s): ' "$name" "$version"
  start=$(date +%s)
  if dotnet run "$app" -p:YouthJusticeVersion="$version" -p:TreatWarningsAsErrors=true \
       -p:RestoreAdditionalProjectSources="$packages" -p:RestorePackagesPath="$work/packages" >"$work/$name.log" 2>&1; then
    echo "ok in $(( $(date +%s) - start )) s"
  else
    echo "FAILED (log: artifacts/analysis/$name.log)"; tail -n 30 "$work/$name.log"; status=1
  fi
done
ls "$work/out"/*.png
exit $status
