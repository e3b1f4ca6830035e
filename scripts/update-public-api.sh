#!/usr/bin/env bash
# Regenerates src/*/PublicAPI.Unshipped.txt from the PublicApiAnalyzers diagnostics.
#
# Every project under src/ tracks its public surface in PublicAPI.Shipped.txt (what a released version contains) and
# PublicAPI.Unshipped.txt (what changed since). RS0016 (new API) and RS0017 (removed API) are build errors, so a
# surface change cannot land unnoticed. After an intentional change (or after merging branches that changed the
# surface), run this script and review the diff of the Unshipped files.
#
# How: each Unshipped file is reset to its header, every project is compiled for every target framework with
# UpdatePublicApi=true (Directory.Build.props then writes a SARIF log and turns the gate into warnings), and the exact
# API lines the analyzer reports (customProperties.APIName) are written back sorted. RS0017 on a Shipped entry becomes
# a "*REMOVED*" line, as the analyzer expects. The script fails if the target frameworks disagree on the surface.
#
# Usage: scripts/update-public-api.sh [project-dir ...]   (default: every src/* project with a PublicAPI.Shipped.txt)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ $# -gt 0 ]]; then
  projects=("$@")
else
  projects=()
  for shipped in src/*/PublicAPI.Shipped.txt; do
    projects+=("$(dirname "$shipped")")
  done
fi

header='#nullable enable'

for dir in "${projects[@]}"; do
  printf '%s\n' "$header" > "$dir/PublicAPI.Unshipped.txt"
  rm -f "$dir"/obj/publicapi-*.sarif
done

# Projects build in the order given; a referenced project compiles once and keeps its log (its Unshipped file was
# rewritten above, so the compiler cannot skip it as up to date).
for dir in "${projects[@]}"; do
  echo "update-public-api: building $dir" >&2
  dotnet build "$dir" -p:UpdatePublicApi=true -nologo -v:q -clp:NoSummary >/dev/null || {
    echo "update-public-api: build of $dir failed for a reason other than the API gate; rerunning to show errors" >&2
    dotnet build "$dir" -p:UpdatePublicApi=true -nologo -v:q
    exit 1
  }
done

for dir in "${projects[@]}"; do
  python3 - "$dir" "$header" <<'PY'
import glob, json, os, sys

project, header = sys.argv[1], sys.argv[2]
logs = sorted(glob.glob(os.path.join(project, "obj", "publicapi-*.sarif")))
if not logs:
    sys.exit(f"update-public-api: no SARIF log for {project}: was it compiled?")

surfaces = {}
for log in logs:
    tfm = os.path.basename(log)[len("publicapi-"):-len(".sarif")]
    lines = set()
    with open(log, encoding="utf-8-sig") as f:
        data = json.load(f)
    for run in data.get("runs", []):
        for result in run.get("results", []):
            rule = result.get("ruleId")
            if rule not in ("RS0016", "RS0017"):
                continue
            name = result.get("properties", {}).get("customProperties", {}).get("APIName")
            if not name:
                sys.exit(f"update-public-api: {rule} without APIName in {log}: {result.get('message', {}).get('text')}")
            lines.add(name if rule == "RS0016" else "*REMOVED*" + name)
    surfaces[tfm] = lines

first_tfm, first = next(iter(surfaces.items()))
for tfm, lines in surfaces.items():
    if lines != first:
        only_first = sorted(first - lines)[:20]
        only_this = sorted(lines - first)[:20]
        sys.exit(
            f"update-public-api: {project} exposes a different surface on {first_tfm} and {tfm}.\n"
            f"  only on {first_tfm}: {only_first}\n  only on {tfm}: {only_this}\n"
            "Make the surfaces match, or split the files per target framework (conditioned AdditionalFiles).")

target = os.path.join(project, "PublicAPI.Unshipped.txt")
with open(target, "w", encoding="utf-8", newline="\n") as f:
    f.write(header + "\n")
    for line in sorted(first, key=lambda s: (s.startswith("*REMOVED*"), s)):
        f.write(line + "\n")
print(f"update-public-api: {target}: {len(first)} entries ({', '.join(sorted(surfaces))})")
PY
done
