#!/usr/bin/env bash
# Executes every notebook in docs/analysis in Jupyter with the .NET Interactive C# kernel, against the YouthJustice
# packages in a folder (default artifacts/packages), for as long as that deprecated kernel can still be installed
# (decision CL16). Each notebook is copied with one cell put in front, `#i "nuget: <package folder>"`, so that its
# `#r "nuget: YouthJustice.Kpi, <version>"` lines find the packages just built; the executed copies and their charts
# go to artifacts/notebooks. Fails when a cell fails or writes an error.
# Needs Jupyter (Debian: jupyter-nbconvert python3-nbclient python3-ipykernel jupyter-client; .ci/run installs them)
# and installs the kernel itself (Microsoft.dotnet-interactive 1.0.712001, into artifacts/notebooks/tool).
#   eng/notebooks.sh [PACKAGE-FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
packages=$(cd "${1:-$root/artifacts/packages}" && pwd)
work="$root/artifacts/notebooks"
rm -rf "$work" && mkdir -p "$work"
dotnet tool install Microsoft.dotnet-interactive --version 1.0.712001 --tool-path "$work/tool" >/dev/null
export PATH="$work/tool:$PATH"
dotnet-interactive jupyter install >"$work/kernel-install.log" 2>&1
# The kernel's `#r "nuget: ..."` restores into the global package folder, where a YouthJustice package of the same
# version left by an earlier build would be taken instead of the one just packed (a Domain without the
# InternalsVisibleTo a newer package needs, say). The project's own packages are always rebuilt, so drop them there.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/youthjustice.*
cd "$work"
status=0
for notebook in "$root"/docs/analysis/*.ipynb; do
  name=$(basename "$notebook" .ipynb)
  printf '%s: ' "$name"
  start=$(date +%s)
  python3 - "$notebook" "$work/$name.ipynb" "$packages" <<'PY'
import json, sys
source, target, packages = sys.argv[1:4]
nb = json.load(open(source))
nb["cells"].insert(0, {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                       "source": ['#i "nuget: ' + packages + '"']})
nb.setdefault("metadata", {})["kernelspec"] = {"name": ".net-csharp", "display_name": ".NET (C#)", "language": "C#"}
json.dump(nb, open(target, "w"), indent=1)
PY
  if PYDEVD_DISABLE_FILE_VALIDATION=1 jupyter nbconvert --to notebook --execute --inplace \
       --ExecutePreprocessor.kernel_name=.net-csharp --ExecutePreprocessor.timeout=900 \
       "$work/$name.ipynb" >"$work/$name.log" 2>&1 \
     && python3 - "$work/$name.ipynb" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1]))
errors = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])
          if o.get("output_type") == "error" or (o.get("output_type") == "stream" and o.get("name") == "stderr")]
ran = [c for c in nb["cells"] if c["cell_type"] == "code" and c.get("execution_count")]
if errors or len(ran) < 3:
    print(json.dumps(errors)[:2000]); sys.exit(1)
PY
  then
    echo "ok in $(( $(date +%s) - start )) s"
  else
    echo "FAILED (log: artifacts/notebooks/$name.log)"; tail -n 30 "$work/$name.log"; status=1
  fi
done
ls "$work/out"/*.png
exit $status
