#!/usr/bin/env bash
# The engine's benchmark figures before and after a change, in one BenchmarkDotNet run on the same machine.
#
#   eng/compare-engine.sh [--in-process | --interleaved] <commit> [BenchmarkDotNet arguments… | rounds]
#
# Checks <commit> out into a temporary worktree and runs benchmarks/YouthJustice.EngineComparison: the four stages of
# KpiEngineBenchmarks (cohort, every cohort measure, the whole return, Prepare) at 100,000 and 1,000,000 children,
# once built against that commit's engine (job "before", the baseline) and once against this tree's (job "after").
# The Ratio column is after ÷ before; Allocated is per operation. YJ_BENCH_CHILDREN=100000 for a quick run;
# YJ_ENGINE_LAUNCHES and YJ_ENGINE_ITERATIONS (default 1 and 10) for more processes and iterations per job;
# YJ_ENGINE_BEFORE_FIRST=1 to run the baseline job first.
# --in-process measures both engines in one process instead (EngineStagesInProcess): YouthJustice.EngineProbe is built
# against each tree (artifacts/engine-probe/{before,after}) and both are loaded side by side, so that what a process
# does to a million children's stages (its memory layout, its pages) is the same for both; each stage's Ratio is
# After_ ÷ Before_.
# --interleaved loads both probes the same way but runs no BenchmarkDotNet: in each round every stage runs once on each
# engine, the first swapping each round, and the table gives the median of the paired ratios (InterleavedComparison);
# a slow spell of the host then falls on both runs of a pair. Optional argument: the rounds (default 25).
# Without arguments BenchmarkDotNet runs every stage (--filter '*EngineStages.*', or '*InProcess*' with --in-process).
# Run it on a quiet machine: both jobs share it, but a busy host widens every error bar.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
in_process=0 interleaved=0
if [ "${1:-}" = "--in-process" ]; then in_process=1; shift; fi
if [ "${1:-}" = "--interleaved" ]; then in_process=1 interleaved=1; shift; fi
base=${1:?usage: eng/compare-engine.sh [--in-process | --interleaved] <commit> [BenchmarkDotNet arguments…]}
shift
checkout=$(mktemp -d "${TMPDIR:-/tmp}/yj-engine-baseline.XXXXXX")
trap 'git -C "$root" worktree remove --force "$checkout" >/dev/null 2>&1 || rm -rf "$checkout"' EXIT
git worktree add --detach "$checkout" "$base" >/dev/null
export YJ_ENGINE_BASELINE=$checkout DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "before: $(git -C "$checkout" log -1 --format='%h %s' | cut -c1-100)"
echo "after:  $(git log -1 --format='%h %s' | cut -c1-100)$(git diff --quiet HEAD || echo ' (with uncommitted changes)')"
if [ "$in_process" = 1 ]; then
  probe=benchmarks/YouthJustice.EngineProbe
  rm -rf artifacts/engine-probe
  dotnet build -c Release "$probe" -o artifacts/engine-probe/after -v quiet -nologo
  dotnet build -c Release "$probe" "/p:EngineBaseline=$checkout" -o artifacts/engine-probe/before -v quiet -nologo
  export YJ_ENGINE_PROBE_BEFORE=$root/artifacts/engine-probe/before/YouthJustice.EngineProbe.dll
  export YJ_ENGINE_PROBE_AFTER=$root/artifacts/engine-probe/after/YouthJustice.EngineProbe.dll
  if [ "$interleaved" = 1 ]; then set -- --interleaved "$@"; else [ $# -gt 0 ] || set -- --filter '*InProcess*'; fi
else
  [ $# -gt 0 ] || set -- --filter '*EngineStages.*'
fi
dotnet run -c Release --project benchmarks/YouthJustice.EngineComparison -- "$@"
