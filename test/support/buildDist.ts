/**
 * vitest globalSetup: builds dist/ once, before any test file runs, when it is missing or older
 * than its sources (see distFreshness.ts). One build per run, so test files that read dist/ in
 * parallel never race a build, and `npm test` works on a fresh clone.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { distStaleReason } from "./distFreshness.js";

export default function buildDist(): void {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const reason = distStaleReason(root);
  if (reason === null) return;
  console.log(`building dist/ for the tests (${reason}) …`);
  try {
    execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run build failed:\n${stdout?.toString() ?? ""}${stderr?.toString() ?? ""}`);
  }
  const still = distStaleReason(root);
  if (still !== null) throw new Error(`dist/ is still stale after npm run build: ${still}`);
}
