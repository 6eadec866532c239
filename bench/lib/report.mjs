/**
 * Formatting: Markdown tables for the terminal and for RESULTS.md.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, release } from "node:os";

export function fmtOps(x) {
  if (!Number.isFinite(x)) return "–";
  const digits = x >= 100 ? 0 : x >= 10 ? 1 : 2;
  // three significant figures, thousands separators
  if (x === 0) return "0";
  // (no lower bound on the step: 1.48 is 1.48, not 1; ratios below 10 keep two decimals)
  const p = Math.pow(10, Math.floor(Math.log10(Math.abs(x))) - 2);
  return (Math.round(x / p) * p).toLocaleString("en-US", { maximumFractionDigits: digits });
}

export function fmtMs(x) {
  if (!Number.isFinite(x)) return "–";
  if (x < 0) return `−${fmtMs(-x)}`; // (a difference of two noisy times can be negative)
  if (x >= 100) return `${x.toFixed(0)} ms`;
  if (x >= 1) return `${x.toFixed(1)} ms`;
  if (x >= 0.001) return `${(x * 1000).toFixed(x >= 0.1 ? 0 : 1)} µs`;
  return `${(x * 1e6).toFixed(0)} ns`;
}

export function fmtRatio(x) {
  if (!Number.isFinite(x)) return "–";
  return `${fmtOps(x)}×`;
}

export function cell(result) {
  if (!result) return "–";
  return `${fmtOps(result.opsPerSec)} ±${result.spreadPct.toFixed(0)}%`;
}

export function table(header, rows) {
  const line = (cols) => `| ${cols.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function cpuModel() {
  try {
    const info = readFileSync("/proc/cpuinfo", "utf8");
    const model = /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim();
    const count = (info.match(/^processor\s*:/gm) ?? []).length;
    if (model) return `${model} (${count} logical CPUs)`;
  } catch {
    // not Linux
  }
  const c = cpus();
  return `${c[0]?.model ?? "unknown"} (${c.length} logical CPUs)`;
}

export function machineLine() {
  return `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC · Node ${process.version} · ${cpuModel()} · ${platform()} ${release()}`;
}

const START = "<!-- bench:start (written by `npm run bench`; edit outside these markers) -->";
const END = "<!-- bench:end -->";

/** Replaces the generated part of RESULTS.md, keeping the prose around it. */
export function writeResults(file, markdown) {
  const block = `${START}\n${markdown}\n${END}`;
  if (!existsSync(file)) {
    writeFileSync(file, `# sla-clock benchmark results\n\n${block}\n`);
    return;
  }
  const text = readFileSync(file, "utf8");
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  const next = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + END.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
