#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the version pinned in .config/dotnet-tools.json).
#
#   eng/mutation.sh [--break-at N] [file…]
#
# Each file is a path under src/ (e.g. src/YouthJustice.Kpi/Cohorts/CohortBuilder.cs). Files are mutated one at a
# time, with --concurrency 1 (the build machine is shared), against every test project that exercises the file's
# project: Domain files against Domain.Tests; Kpi files against Kpi.Tests and the conformance decks.
# Without files: the default set below (the files that matter most; the CI step runs this).
# Exit status: non-zero when any file scores below the break threshold (default 90). Reports go to
# artifacts/mutation/<file>/reports/mutation-report.html (and .json); a summary table is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

break_at=90
if [ "${1:-}" = "--break-at" ]; then break_at=$2; shift 2; fi

default_files=(
  src/YouthJustice.Domain/Education/CompulsorySchoolAge.cs
  src/YouthJustice.Domain/Children/Age.cs
  src/YouthJustice.Domain/Cases/StatusPeriodRules.cs
  src/YouthJustice.Domain/Disposals/Limits/LegalLimits.cs
  src/YouthJustice.Domain/Disposals/Eligibility/ReferralOrderRules.cs
  # add a file here once it scores >= 90% (docs/testing.md); src/YouthJustice.Kpi/Cohorts/CohortBuilder.cs is at 88.78%,
  # every survivor equivalent (docs/testing.md), and takes 17-28 min on the shared machine: not added yet
)
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("${default_files[@]}")

dotnet tool restore >/dev/null

out_root="$root/artifacts/mutation"
mkdir -p "$out_root"
summary=()
status=0
for file in "${files[@]}"; do
  [ -f "$file" ] || { echo "no such file: $file"; exit 2; }
  project=$(cut -d/ -f2 <<<"$file")            # e.g. YouthJustice.Kpi
  inner=${file#src/"$project"/}                # path inside the project, as Stryker's --mutate wants it
  case "$project" in
    YouthJustice.Domain) tests=(tests/YouthJustice.Domain.Tests/YouthJustice.Domain.Tests.csproj) ;;
    YouthJustice.Kpi) tests=(tests/YouthJustice.Kpi.Tests/YouthJustice.Kpi.Tests.csproj
                             tests/YouthJustice.Conformance.Tests/YouthJustice.Conformance.Tests.csproj) ;;
    YouthJustice.Interchange) tests=(tests/YouthJustice.Interchange.Tests/YouthJustice.Interchange.Tests.csproj) ;;
    *) echo "no test projects known for $project"; exit 2 ;;
  esac
  test_args=()
  for t in "${tests[@]}"; do test_args+=(--test-project "$root/$t"); done
  out="$out_root/$(tr '/' '_' <<<"$inner" | sed 's/\.cs$//')"
  rm -rf "$out"
  printf '\n==> mutating %s (tests: %s)\n' "$file" "${tests[*]}"
  set +e
  # Mutated compiles are Stryker's own Roslyn compiles; the project's analyzers and warnings-as-errors would
  # reject code that is correct but, e.g., has an unused variable after a mutation, so they are switched off here
  # (stryker-config.json's msbuild options; the real build keeps them).
  (cd "src/$project" && dotnet stryker --config-file "$root/stryker-config.json" \
      "${test_args[@]}" --mutate "$inner" --concurrency 1 --break-at "$break_at" \
      --output "$out" --reporter html --reporter json --reporter progress --reporter cleartext) \
    | tee "$out.log"
  rc=${PIPESTATUS[0]}
  set -e
  score=$(sed -nE 's/.*The final mutation score is ([0-9.]+) ?%.*/\1/p' "$out.log" | tail -n 1)
  summary+=("$(printf '%-60s %6s%%  %s' "$file" "${score:-?}" "$([ "$rc" -eq 0 ] && echo ok || echo "BELOW $break_at")")")
  [ "$rc" -eq 0 ] || status=1
done

printf '\n==> mutation scores (break at %s%%)\n' "$break_at"
printf '%s\n' "${summary[@]}"
exit $status
