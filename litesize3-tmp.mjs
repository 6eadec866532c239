import * as esbuild from "esbuild";
import { gzipSync } from "node:zlib";
const r = await esbuild.build({ entryPoints: [process.cwd() + "/src/lite.ts"], absWorkingDir: process.cwd(), bundle: true, minify: true, format: "esm", platform: "neutral", target: "es2020", mainFields: ["module", "main"], conditions: ["import", "module", "default"], legalComments: "none", write: false, metafile: true });
const out = r.outputFiles[0].contents;
const ins = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
console.log("gzip bytes (from src)", gzipSync(out, { level: 9 }).length, (process.argv[2]||"").split(",").map(f => f + "=" + ins[f]?.bytesInOutput).join(" "));
