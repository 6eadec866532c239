#!/usr/bin/env node
/**
 * Renders a ticket timeline (`sla-clock/svg`) in a real browser and checks that it drew: run by
 * .ci/run after `npm run build`, never by `npm test` (which must pass without a browser).
 *
 * 1. As root, installs Chromium and a font from Debian's packages (`apt-get update`, then
 *    `apt-get install -y chromium fonts-dejavu-core`); `--no-install` skips this (Chromium must
 *    then be on PATH, or named by $CHROMIUM).
 * 2. Writes the SVG of the example ticket (scripts/timeline-example.mjs) and takes a headless
 *    screenshot of it with a fresh profile and no network services.
 * 3. Decodes the PNG (pngjs) and fails unless it has the SVG's size, is far from blank, shows the
 *    colours of counted, paused and holiday time and of a breach, has the right colour inside each
 *    solid span where the SVG puts it, and shows no XML error box (so a malformed document fails).
 * 4. Copies the screenshot to docs/images/timeline-example.png (shown in docs/timelines.md).
 * 5. Writes the HTML status report of the seed policy's worked example tickets with the built CLI
 *    (`sla-clock status TICKETS --html FILE`), screenshots it the same way, fails unless it rendered
 *    (the window's size, far from blank, the timelines' colours), and copies the screenshot to
 *    docs/images/status-report.png (shown in docs/timelines.md).
 *
 *   node scripts/render-check.mjs [--no-install]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";
import { WORKED_EXAMPLE_NOW, WORKED_EXAMPLE_TICKETS, exampleExplanation } from "./timeline-example.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DOC_IMAGE = join(ROOT, "docs/images/timeline-example.png");
const REPORT_IMAGE = join(ROOT, "docs/images/status-report.png");
const REPORT_HEIGHT = 1300;
const WIDTH = 1000;

function fail(message) {
  console.error(`render-check: ${message}`);
  process.exit(1);
}

function installChromium() {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    fail("installing Chromium needs root (apt-get); run as root, or pass --no-install with Chromium on PATH");
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  console.log("render-check: apt-get update && apt-get install -y chromium fonts-dejavu-core");
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-dejavu-core"], { stdio: "inherit", env });
}

function findChromium() {
  for (const name of [process.env.CHROMIUM, "chromium", "chromium-browser"].filter(Boolean)) {
    const r = spawnSync(name, ["--version"], { encoding: "utf8", timeout: 30_000 });
    if (r.status === 0) return { name, version: r.stdout.trim() };
  }
  return fail("no Chromium found (install the Debian package `chromium`, or set $CHROMIUM)");
}

/** A headless screenshot of `file` at `width`×`height` CSS px (device scale 1). */
function screenshot(chromium, file, png, width, height, dir) {
  const args = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
    `--user-data-dir=${join(dir, "profile")}`, `--screenshot=${png}`, `--window-size=${width},${height}`,
    `file://${file}`,
  ];
  const r = spawnSync(chromium, args, { encoding: "utf8", timeout: 120_000, env: { ...process.env, HOME: dir } });
  if (r.error !== undefined) fail(`${chromium} did not finish: ${r.error.message}`);
  if (!existsSync(png)) fail(`${chromium} wrote no screenshot (exit ${r.status}):\n${r.stderr}`);
}

const near = (r, g, b, [cr, cg, cb]) => Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb) <= 12;

/**
 * Fails unless the PNG at `path` is `width`×`height`, mostly drawn, shows each of `colours`, has
 * each probe's colour at its pixel (the drawing is where the SVG puts it, at scale 1), and shows no
 * part of Chromium's XML error box (#FDD), which a malformed document gets above what it could draw.
 */
function checkPng(path, width, height, colours, probes) {
  const png = PNG.sync.read(readFileSync(path));
  if (png.width !== width || png.height !== height) fail(`${path} is ${png.width}×${png.height}, expected ${width}×${height}`);
  let errorBox = 0;
  for (let i = 0; i < png.data.length; i += 4) if (near(png.data[i], png.data[i + 1], png.data[i + 2], [0xff, 0xdd, 0xdd])) errorBox++;
  if (errorBox > 100) fail(`${path} shows Chromium's XML error box (${errorBox} px of #FDD): the document is not well-formed`);
  for (const { x, y, rgb, what } of probes) {
    const i = 4 * (Math.round(y) * width + Math.round(x));
    const got = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (!near(...got, rgb)) fail(`${path}: pixel (${Math.round(x)}, ${Math.round(y)}) in ${what} is rgb(${got.join(", ")}), expected rgb(${rgb.join(", ")})`);
  }
  const distinct = new Set();
  const seen = new Map(Object.keys(colours).map((k) => [k, 0]));
  let nonWhite = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    distinct.add((r << 16) | (g << 8) | b);
    if (r < 245 || g < 245 || b < 245) nonWhite++;
    for (const [name, rgb] of Object.entries(colours)) if (near(r, g, b, rgb)) seen.set(name, seen.get(name) + 1);
  }
  const pixels = width * height;
  const share = nonWhite / pixels;
  console.log(`render-check: ${width}×${height}, ${distinct.size} colours, ${(100 * share).toFixed(1)} % not white, ${probes.length} probes ok, ` +
    [...seen].map(([k, n]) => `${k} ${n} px`).join(", "));
  if (distinct.size < 16) fail(`${path} has only ${distinct.size} colours: blank or not drawn`);
  if (share < 0.05) fail(`${path} is ${(100 * share).toFixed(1)} % drawn: blank`);
  for (const [name, n] of seen) if (n < 50) fail(`${path} shows no ${name} (${n} px): the timeline did not render`);
}

const install = !process.argv.includes("--no-install");
if (!existsSync(join(ROOT, "dist/svg.js")) || !existsSync(join(ROOT, "dist/index.js"))) fail("dist/ is missing: run `npm run build` first");
if (install) installChromium();
const chromium = findChromium();
console.log(`render-check: ${chromium.version}`);

const lib = await import(new URL("../dist/index.js", import.meta.url).href);
const { timelineSvg } = await import(new URL("../dist/svg.js", import.meta.url).href);
const svg = timelineSvg(exampleExplanation(lib), { width: WIDTH });
const height = Number(/^<svg [^>]*\sheight="(\d+)"/.exec(svg)?.[1]);
if (!Number.isInteger(height)) fail("the SVG has no integer height");

/** Pixels inside the solid spans (counted: blue, closed: grey), 4 px in from their top-left corner. */
function solidSpanProbes(svgText) {
  const probes = [];
  const solid = { counted: [0x00, 0x72, 0xb2], closed: [0xe4, 0xe4, 0xe4] };
  for (const m of svgText.matchAll(/<rect class="span (counted|closed)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/g)) {
    if (Number(m[4]) >= 10) probes.push({ x: Number(m[2]) + 4, y: Number(m[3]) + 4, rgb: solid[m[1]], what: `a ${m[1]} span` });
  }
  if (probes.length < 4) fail(`the example SVG has only ${probes.length} solid spans to probe`);
  return probes;
}

/** The HTML report of the worked example tickets, written by the built CLI (as a user would). */
function statusReportHtml(dir) {
  const tickets = join(dir, "worked-example.json");
  const html = join(dir, "report-source.html");
  writeFileSync(tickets, JSON.stringify(WORKED_EXAMPLE_TICKETS));
  const r = spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "status", tickets, "--now", WORKED_EXAMPLE_NOW, "--html", html], { encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) fail(`sla-clock status --html exited ${r.status}:\n${r.stdout}${r.stderr}`);
  const text = readFileSync(html, "utf8");
  if (/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg")/.test(text)) fail("the HTML report has a script or an external reference");
  const svgs = text.match(/<svg /g)?.length ?? 0;
  if (svgs !== WORKED_EXAMPLE_TICKETS.length) fail(`the HTML report has ${svgs} timelines, expected ${WORKED_EXAMPLE_TICKETS.length}`);
  return text;
}

/**
 * What to render: a file, the window it is shot in, the colours it must show, and where in docs/
 * the screenshot goes. (A page added here is rendered and checked the same way.)
 */
const pages = [
  {
    name: "timeline.svg",
    content: svg,
    width: WIDTH,
    height,
    // Okabe–Ito blue (counted), vermillion (breach), orange (paused hatching), bluish green (holiday)
    colours: { counted: [0x00, 0x72, 0xb2], breach: [0xd5, 0x5e, 0x00], paused: [0xe6, 0x9f, 0x00], holiday: [0x00, 0x9e, 0x73] },
    probes: solidSpanProbes(svg),
    docImage: DOC_IMAGE,
  },
];

const dir = mkdtempSync(join(tmpdir(), "sla-clock-render-"));
pages.push({
  name: "status-report.html",
  content: statusReportHtml(dir),
  width: WIDTH,
  height: REPORT_HEIGHT,
  // the timelines' counted, breach, paused and closed colours (the table alone shows none of them)
  colours: { counted: [0x00, 0x72, 0xb2], breach: [0xd5, 0x5e, 0x00], paused: [0xe6, 0x9f, 0x00], closed: [0xe4, 0xe4, 0xe4] },
  probes: [],
  docImage: REPORT_IMAGE,
});
try {
  for (const page of pages) {
    const file = join(dir, page.name);
    const png = join(dir, `${page.name}.png`);
    writeFileSync(file, page.content);
    screenshot(chromium.name, file, png, page.width, page.height, dir);
    checkPng(png, page.width, page.height, page.colours, page.probes);
    mkdirSync(dirname(page.docImage), { recursive: true });
    copyFileSync(png, page.docImage);
    console.log(`render-check: ${page.name} ok; wrote ${page.docImage}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
