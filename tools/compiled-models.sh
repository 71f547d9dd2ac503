#!/usr/bin/env bash
# The EF Core compiled model of each provider (src/Partners.Data.Sqlite/CompiledModel,
# src/Partners.Data.SqlServer/CompiledModel), which the API and every test host start from (src/Partners.Api/Seed/CompiledModels.cs).
#   tools/compiled-models.sh           regenerates both after a model change (with its migrations); commit the result.
#   tools/compiled-models.sh --check   generates both into a temporary folder and fails when either differs from the
#                                      checked-in one (CI): a model changed without regenerating.
# Further arguments go to `dotnet ef` (CI passes --no-build after its build).
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
args=()
for arg in "$@"; do
  if [ "$arg" = "--check" ]; then check=true; else args+=("$arg"); fi
done
dotnet tool restore >/dev/null
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for provider in Sqlite SqlServer; do
  project="src/Partners.Data.$provider"
  if $check; then
    output="$scratch/$provider"
  else
    # Generated from scratch: a removed entity type leaves no file behind.
    rm -rf "$project/CompiledModel"
    output="$PWD/$project/CompiledModel"
  fi
  dotnet ef dbcontext optimize --project "$project" --startup-project "$project" \
    --output-dir "$output" --namespace "Partners.Data.$provider.CompiledModel" ${args[@]+"${args[@]}"} >"$scratch/$provider.log" 2>&1 \
    || { cat "$scratch/$provider.log"; exit 1; }
  if $check; then
    # Each generation draws a new model id; everything else is the model.
    if ! diff -r -I 'modelId: new Guid(' "$project/CompiledModel" "$output" >"$scratch/$provider.diff"; then
      head -n 40 "$scratch/$provider.diff"
      echo "$project/CompiledModel differs from the model: run tools/compiled-models.sh and commit the result."
      status=1
    fi
  else
    echo "$project/CompiledModel regenerated."
  fi
done
exit $status
