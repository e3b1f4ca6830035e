#!/usr/bin/env bash
# Mutation testing of the SDK's safety core with Stryker.NET (local tool, .config/dotnet-tools.json).
#
#   scripts/mutation.sh                          every file listed in stryker-config.json (about an hour on 2 cores)
#   scripts/mutation.sh Http/ServerRetryDelay.cs one or more files, relative to src/Instasent.Sdk (a quick smoke)
#
# Reports (HTML, JSON) land in StrykerOutput/<timestamp>/reports/ (git-ignored). Extra Stryker options can be passed
# through STRYKER_ARGS, e.g. STRYKER_ARGS="--break-at 70".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

dotnet tool restore >/dev/null

args=(--config-file "$root/stryker-config.json" --output "$root/StrykerOutput/$(date -u +%Y%m%dT%H%M%SZ)" --skip-version-check)

# Files given on the command line replace the config's mutate list.
for file in "$@"; do
  if [[ ! -f "src/Instasent.Sdk/$file" ]]; then
    echo "mutation.sh: no such file: src/Instasent.Sdk/$file" >&2
    exit 2
  fi
  args+=(--mutate "**/src/Instasent.Sdk/$file")
done

# Stryker runs from the test project: at the repository root it would see the solution and refuse a test project.
cd tests/Instasent.Sdk.Tests
# shellcheck disable=SC2086 # STRYKER_ARGS is meant to split into options.
exec dotnet stryker "${args[@]}" ${STRYKER_ARGS:-}
