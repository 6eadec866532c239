/**
 * Run by zoneRules.hostileIntl.test.ts in a child process: patches this process's `Intl.DateTimeFormat` the
 * way a broken polyfill or host would (argv[2] names how), then defines a policy and adds business
 * time, and prints what each call ended with as JSON. Were a search endless, the parent's timeout
 * (not the test runner) would end it.
 */
export {};
const mode = process.argv[2];
const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";
const proto = Intl.DateTimeFormat.prototype;
const formatGetter = Object.getOwnPropertyDescriptor(proto, "format")!.get!;
const format = function (this: Intl.DateTimeFormat, t: number): string { return (formatGetter.call(this) as (t: number) => string)(t); };
const formatToParts = proto.formatToParts;
const arabic = (s: string): string => s.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!);
let calls = 0;

function patch(f: (this: Intl.DateTimeFormat, t: number) => unknown, parts: (this: Intl.DateTimeFormat, t: number) => unknown): void {
  Object.defineProperty(proto, "format", { configurable: true, get() { return (t: number) => f.call(this, t); } });
  proto.formatToParts = function (this: Intl.DateTimeFormat, t?: number | Date) { return parts.call(this, Number(t)) as Intl.DateTimeFormatPart[]; };
}

if (mode === "otherDigits") {
  patch(function (t) { return arabic(format.call(this, t)); }, function (t) {
    return formatToParts.call(this, t).map((p) => ({ ...p, value: arabic(p.value) }));
  });
} else if (mode === "missingParts") {
  patch(function (t) { return format.call(this, t).split(",")[0]; }, function (t) {
    return formatToParts.call(this, t).filter((p) => p.type !== "hour" && p.type !== "minute");
  });
} else if (mode === "throws") {
  patch(() => { throw new TypeError("polyfill exploded"); }, () => { throw new TypeError("polyfill exploded"); });
} else if (mode === "endlessParts") {
  patch(() => "not a date", function* () { for (;;) yield { type: "hour", value: "1" }; });
} else if (mode === "flapping") {
  // Readable, but the hour jumps on every call: offsets that change without end.
  patch(function (t) { calls++; return format.call(this, t + (calls % 2) * 3_600_000); }, function (t) { return formatToParts.call(this, t); });
}

const { definePolicy, safeDefinePolicy, addBusinessTime } = await import("../../src/index.js");
const outcome = (f: () => unknown): unknown => {
  try {
    const v = f();
    return { ok: v instanceof Date ? v.toISOString() : typeof v };
  } catch (e) {
    const err = e as { name?: string; code?: string; message?: string; issues?: ReadonlyArray<{ path: unknown }> };
    return { name: err.name, code: err.code, message: err.message, paths: err.issues?.map((i) => i.path) };
  }
};
const define = outcome(() => definePolicy({ timezone: "America/Toronto", hours: { mon: [["09:00", "17:00"]] } }));
const safe = safeDefinePolicy({ timezone: "Europe/Paris", hours: "24x7" });
const add = outcome(() => addBusinessTime(definePolicy({ timezone: "Asia/Tokyo", hours: "24x7" }), "2026-03-01T10:00Z", "2h"));
process.stdout.write(JSON.stringify({ define, safe: safe.success ? "success" : safe.error.name, add }));
