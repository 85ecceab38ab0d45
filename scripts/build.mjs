// Compiles src/ to the Lua mise loads (metadata.lua, hooks/, lib/, lualib_bundle.lua at the repo
// root). Old output is removed first, since TSTL never deletes files whose source is gone, and
// any diagnostic fails the build, since the TSTL CLI exits 0 on warnings.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import * as tstl from "typescript-to-lua";
import { GENERATED } from "./generated.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
for (const path of GENERATED) rmSync(join(root, path), { recursive: true, force: true });

const result = tstl.transpileProject(join(root, "tstl.config.json"));
const diagnostics = result.diagnostics;
if (diagnostics.length > 0) {
  const host = { getCanonicalFileName: (/** @type {string} */ f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" };
  console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  console.error(`build failed: ${diagnostics.length} diagnostic(s)`);
  process.exit(1);
}
