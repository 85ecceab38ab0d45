// Fails when the committed Lua differs from what `npm run build` just wrote, new untracked
// outputs included (git diff would miss those).
import { execFileSync } from "node:child_process";
import { GENERATED } from "./generated.mjs";

const stale = execFileSync("git", ["status", "--porcelain", "--", ...GENERATED], { encoding: "utf8" });
if (stale.trim() !== "") {
  console.error(`The committed Lua is out of date with src/ (rebuild with npm run build and commit):\n${stale}`);
  process.exit(1);
}
console.log("generated Lua matches src/");
