#!/usr/bin/env bash
# The engine's benchmark figures before and after a change, in one BenchmarkDotNet run on the same machine.
#
#   eng/compare-engine.sh <commit> [BenchmarkDotNet arguments…]
#
# Checks <commit> out into a temporary worktree and runs benchmarks/YouthJustice.EngineComparison: the four stages of
# KpiEngineBenchmarks (cohort, every cohort measure, the whole return, Prepare) at 100,000 and 1,000,000 children,
# once built against that commit's engine (job "before", the baseline) and once against this tree's (job "after").
# The Ratio column is after ÷ before; Allocated is per operation. YJ_BENCH_CHILDREN=100000 for a quick run;
# YJ_ENGINE_LAUNCHES and YJ_ENGINE_ITERATIONS (default 1 and 10) for more processes and iterations per job;
# YJ_ENGINE_BEFORE_FIRST=1 to run the baseline job first.
# Without arguments BenchmarkDotNet runs every stage (--filter '*').
# Run it on a quiet machine: both jobs share it, but a busy host widens every error bar.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
base=${1:?usage: eng/compare-engine.sh <commit> [BenchmarkDotNet arguments…]}
shift
checkout=$(mktemp -d "${TMPDIR:-/tmp}/yj-engine-baseline.XXXXXX")
trap 'git -C "$root" worktree remove --force "$checkout" >/dev/null 2>&1 || rm -rf "$checkout"' EXIT
git worktree add --detach "$checkout" "$base" >/dev/null
export YJ_ENGINE_BASELINE=$checkout DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "before: $(git -C "$checkout" log -1 --format='%h %s' | cut -c1-100)"
echo "after:  $(git log -1 --format='%h %s' | cut -c1-100)$(git diff --quiet HEAD || echo ' (with uncommitted changes)')"
[ $# -gt 0 ] || set -- --filter '*'
dotnet run -c Release --project benchmarks/YouthJustice.EngineComparison -- "$@"
