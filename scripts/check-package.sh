#!/usr/bin/env bash
# The package as users get it (called from .ci/run; run it alone with `bash scripts/check-package.sh`):
#
# 1. copies the repository as a fresh clone has it (the files git tracks or would track — no dist/,
#    no node_modules/; node_modules is linked in for the build tools) and runs `npm pack` there
#    WITHOUT building first: the `prepack` script must build dist/;
# 2. lints that tarball: publint --strict, and attw with every resolution profile (node10 included);
# 3. installs the tarball into a temporary project (dependencies from the npm registry only) and
#    smoke-tests every entry point — `sla-clock`, `sla-clock/lite`, `sla-clock/sheets` — as ESM
#    (import), as CommonJS (require), and type-checked by TypeScript (the repository's own tsc)
#    under module node16 (.mts and .cts), bundler and commonjs (node10 resolution); and runs the
#    `sla-clock` executable and the warehouse UDF script (dist/warehouse/) in a bare V8 realm.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SMOKE="$ROOT/scripts/package-smoke"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sla-clock-package.XXXXXX")"
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
step() { printf -- '--- %s\n' "$*"; }

step "fresh-clone copy in $WORK/clone"
mkdir -p "$WORK/clone" "$WORK/app"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard) |
  (cd "$ROOT" && while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done) |
  (cd "$ROOT" && tar --null -T - -cf -) | tar -xf - -C "$WORK/clone"
ln -s "$ROOT/node_modules" "$WORK/clone/node_modules"
if [ -e "$WORK/clone/dist" ]; then echo "check-package: dist/ is tracked by git; it must come from the build" >&2; exit 1; fi

step "npm pack (prepack builds dist/)"
(cd "$WORK/clone" && npm pack --pack-destination "$WORK" > "$WORK/pack.txt" 2> "$WORK/pack.log") ||
  { cat "$WORK/pack.log" "$WORK/pack.txt" >&2; exit 1; }
TGZ="$WORK/$(tail -n 1 "$WORK/pack.txt")"
tar -tzf "$TGZ" > "$WORK/contents.txt"
for f in dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts dist/lite.js dist/lite.cjs dist/sheets.js dist/sheets.cjs dist/cli.js dist/apps-script/sla-clock.js dist/warehouse/sla-clock-udf.js dist/warehouse/bigquery.sql dist/warehouse/snowflake.sql dist/svg.js dist/svg.cjs dist/duckdb.js dist/duckdb.cjs dist/duckdb.d.ts lite/package.json sheets/package.json svg/package.json duckdb/package.json LICENSE README.md; do
  grep -qx "package/$f" "$WORK/contents.txt" || { echo "check-package: the tarball lacks $f" >&2; exit 1; }
done
echo "$(wc -l < "$WORK/contents.txt") files in $(basename "$TGZ")"

step "publint --strict (tarball)"
(cd "$ROOT" && npx --no-install publint run "$TGZ" --strict)

step "attw, all profiles (node10, node16 CJS/ESM, bundler)"
(cd "$ROOT" && npx --no-install attw "$TGZ" --profile strict --no-color)

step "install the tarball into a temporary project"
cd "$WORK/app"
printf '{ "name": "sla-clock-smoke", "private": true, "version": "0.0.0" }\n' > package.json
npm install --no-audit --no-fund --no-package-lock --loglevel=error "$TGZ"
if [ -e node_modules/luxon ]; then echo "check-package: luxon was installed; it must be an optional peer dependency" >&2; exit 1; fi

step "ESM import"
cp "$SMOKE/smoke.mjs" . && node smoke.mjs
step "CommonJS require"
cp "$SMOKE/smoke.cjs" . && node smoke.cjs

TSC="$ROOT/node_modules/typescript/bin/tsc"
cp "$SMOKE/smoke.ts" smoke.ts && cp smoke.ts smoke.mts && cp smoke.ts smoke.cts
check_ts() { # name module moduleResolution files... (EXTRA: more compiler options, as JSON members)
  local name="$1" module="$2" resolution="$3"; shift 3
  local files; files="$(printf '"%s",' "$@")"
  cat > "tsconfig.$name.json" <<JSON
{ "compilerOptions": { "module": "$module", "moduleResolution": "$resolution", "target": "es2022",
    "lib": ["es2022", "dom"], "types": [], "strict": true, "noEmit": true, "skipLibCheck": false,
    "esModuleInterop": true ${EXTRA:-} },
  "files": [${files%,}] }
JSON
  step "tsc, module $module / moduleResolution $resolution ($*) ${EXTRA:-}"
  node "$TSC" -p "tsconfig.$name.json"
}
check_ts node16 node16 node16 smoke.mts smoke.cts
check_ts bundler esnext bundler smoke.ts
check_ts commonjs commonjs node10 smoke.ts
# the strictest settings a project may use: optional properties that may hold undefined, and so on
EXTRA=', "exactOptionalPropertyTypes": true, "noUncheckedIndexedAccess": true, "noPropertyAccessFromIndexSignature": true' \
  check_ts strictest esnext bundler smoke.ts

step "dist/warehouse/sla-clock-udf.js alone in a bare V8 realm (as a warehouse loads it)"
node -e '
const vm = require("node:vm"), fs = require("node:fs");
const context = vm.createContext({});
vm.runInContext(fs.readFileSync("node_modules/sla-clock/dist/warehouse/sla-clock-udf.js", "utf8") + "\nthis.U = SlaClockUdf;", context);
const due = context.U.sla_deadline("auvikSupportV2", "sev1", Date.UTC(2026, 10, 28, 2, 30));
if (!(due && typeof due.toISOString === "function")) { console.error("check-package: SlaClockUdf.sla_deadline gave", due); process.exit(1); }
console.log("SlaClockUdf.sla_deadline → " + due.toISOString());
'

step "a region policy from node -e (ESM import and CommonJS require; node -e defines __filename as \"[eval]\")"
for how in 'import("sla-clock").then((S) =>' 'Promise.resolve(require("sla-clock")).then((S) =>'; do
  got="$(node -e "$how console.log(S.isBusinessTime(S.definePolicy(S.presets.auvikSupportV2), \"2026-07-01T16:00Z\")))")"
  [ "$got" = "false" ] || { echo "check-package: Canada Day under node -e ($how) gave: $got" >&2; exit 1; }
done
echo "Canada Day is closed, from import() and from require()"

step "the sla-clock executable"
out="$(./node_modules/.bin/sla-clock deadline --severity sev1 --at 2026-11-27T21:30)"
[ "$out" = "2026-11-30T05:30:00-05:00" ] || { echo "check-package: sla-clock deadline printed: $out" >&2; exit 1; }
./node_modules/.bin/sla-clock demo > /dev/null
./node_modules/.bin/sla-clock --help > /dev/null
echo "sla-clock deadline → $out; demo and --help ok"

echo "check-package: ok"
