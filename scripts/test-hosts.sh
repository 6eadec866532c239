#!/usr/bin/env bash
# Host independence (docs/reliability.md, "Host independence"): runs the whole test suite
# (`npx vitest run`) once per host setting and checks that every run passes with identical results
# (the same tests, each "passed").
#
#   TZ = UTC, Pacific/Chatham (+12:45/+13:45), America/St_Johns (−3:30/−2:30),
#        Asia/Kathmandu (+5:45), Europe/Dublin (negative DST in tzdata), each with LANG=C.UTF-8;
#   and TZ=UTC with LANG=de_DE.UTF-8 (decimal comma, other week rules).
#
# Every run includes test/host/hostIndependence.test.ts, which compares ~400 answers with the
# reviewed snapshot test/host/expected.json under that run's TZ and LANG.
#
# On demand or in CI, not in `npm test`: six full runs took 919 s on 2 cores (144–163 s each).
# Usage: scripts/test-hosts.sh [extra vitest args, e.g. a folder]
set -euo pipefail
cd "$(dirname "$0")/.."

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

hosts=(
  "UTC C.UTF-8"
  "Pacific/Chatham C.UTF-8"
  "America/St_Johns C.UTF-8"
  "Asia/Kathmandu C.UTF-8"
  "Europe/Dublin C.UTF-8"
  "UTC de_DE.UTF-8"
)

# fast-check properties that read FC_SEED (test/support/runs.ts) draw the same cases in every run.
export FC_SEED="${FC_SEED:-20261127}"

status=0
i=0
start=$SECONDS
for h in "${hosts[@]}"; do
  read -r tz lang <<<"$h"
  i=$((i + 1))
  printf '\n=== [%d/%d] TZ=%s LANG=%s\n' "$i" "${#hosts[@]}" "$tz" "$lang"
  t0=$SECONDS
  if TZ="$tz" LANG="$lang" LC_ALL="$lang" npx vitest run --reporter=dot --reporter=json --outputFile.json="$out/run$i.json" "$@"; then
    echo "--- passed in $((SECONDS - t0)) s"
  else
    echo "--- FAILED under TZ=$tz LANG=$lang"
    status=1
  fi
done

# Compare the runs: the same set of tests, each with the same status.
cmp=0
node - "$out" "${#hosts[@]}" <<'EOF' || cmp=1
const fs = require("node:fs");
const [dir, n] = [process.argv[2], Number(process.argv[3])];
const summaries = [];
for (let i = 1; i <= n; i++) {
  const file = `${dir}/run${i}.json`;
  if (!fs.existsSync(file)) { console.error(`run ${i}: no results`); process.exit(1); }
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  const lines = [];
  for (const f of report.testResults) for (const t of f.assertionResults) lines.push(`${f.name.replace(process.cwd(), "")} > ${t.fullName}: ${t.status}`);
  lines.sort();
  summaries.push(lines);
}
let same = true;
for (let i = 1; i < n; i++) {
  const a = new Set(summaries[0]), b = new Set(summaries[i]);
  const onlyA = [...a].filter((x) => !b.has(x)), onlyB = [...b].filter((x) => !a.has(x));
  if (onlyA.length || onlyB.length) {
    same = false;
    console.error(`run ${i + 1} differs from run 1:\n  only in run 1: ${onlyA.slice(0, 10).join("\n    ")}\n  only in run ${i + 1}: ${onlyB.slice(0, 10).join("\n    ")}`);
  }
}
const failed = summaries.flat().filter((l) => !l.endsWith(": passed") && !l.endsWith(": skipped") && !l.endsWith(": pending"));
console.log(`${n} runs, ${summaries[0].length} tests each: ${same ? "identical results" : "DIFFERENT results"}; ${failed.length} non-passing results`);
process.exit(same && failed.length === 0 ? 0 : 1);
EOF
echo "total $((SECONDS - start)) s"
exit $(( status || cmp ))
