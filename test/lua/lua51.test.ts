// mise embeds PUC Lua 5.1 in safe mode; fengari is Lua 5.3. This gate runs the real Lua 5.1
// compiler over every generated file: it must parse, and it may only touch globals mise provides.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PLUGIN_ROOT } from "../support/world.mjs";

/** `_G` inside a mise hook (mise 2026.9.15, measured; reference/mise-backend-contract.md §3.1). */
const MISE_GLOBALS = new Set(
  "ARCH_TYPE OS_TYPE PLUGIN RUNTIME _G _VERSION assert collectgarbage coroutine dofile error gcinfo getfenv getmetatable io ipairs load loadfile loadstring math module newproxy next os package pairs pcall print rawequal rawget rawset require select setfenv setmetatable string table tonumber tostring type unpack xpcall".split(
    " ",
  ),
);

const generated = [
  "metadata.lua",
  "lualib_bundle.lua",
  ...["hooks", "lib"].flatMap((dir) => readdirSync(join(PLUGIN_ROOT, dir)).filter((f) => f.endsWith(".lua")).map((f) => `${dir}/${f}`)),
];

function luac(...args: string[]): string {
  try {
    return execFileSync("luac5.1", args, { encoding: "utf8", cwd: PLUGIN_ROOT, stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const err = e as { code?: string; stderr?: string };
    if (err.code === "ENOENT") throw new Error("luac5.1 is missing: install Debian's lua5.1 (apt-get install lua5.1), as .ci/run does");
    throw new Error(err.stderr ?? String(e));
  }
}

/** Global names a compiled chunk reads and writes, from the 5.1 bytecode listing. */
function globalsOf(file: string): { reads: Set<string>; writes: Set<string> } {
  const reads = new Set<string>();
  const writes = new Set<string>();
  for (const line of luac("-p", "-l", file).split("\n")) {
    const match = /\b(GETGLOBAL|SETGLOBAL)\b.*;\s*(\S+)/.exec(line);
    if (match) (match[1] === "GETGLOBAL" ? reads : writes).add(match[2]);
  }
  return { reads, writes };
}

// Required wherever Debian's lua5.1 can be installed (.ci/run does); a runner without a Lua 5.1
// package (macOS) opts out with MISE_OCX_SKIP_LUA51=1 and is told so.
const skip = process.env.MISE_OCX_SKIP_LUA51 === "1";
if (skip) console.warn("Lua 5.1 gate skipped: MISE_OCX_SKIP_LUA51=1");

describe.skipIf(skip)("Lua 5.1 gate", () => {
  it("finds the generated files", () => {
    expect(generated).toEqual(expect.arrayContaining(["hooks/backend_list_versions.lua", "hooks/backend_install.lua", "hooks/backend_exec_env.lua"]));
  });

  it.each(generated)("%s parses as Lua 5.1", (file) => {
    expect(() => luac("-p", file)).not.toThrow();
  });

  it.each(generated)("%s reads only globals mise provides and writes none but PLUGIN", (file) => {
    const { reads, writes } = globalsOf(file);
    expect([...reads].filter((name) => !MISE_GLOBALS.has(name))).toEqual([]);
    expect([...writes]).toEqual(file === "metadata.lua" ? ["PLUGIN"] : []);
  });

  it("catches what TSTL lets through silently: JS globals read, globals written", () => {
    const file = join(mkdtempSync(join(tmpdir(), "lua51-")), "leak.lua");
    writeFileSync(file, "local x = JSON.stringify(Date.now())\ndebug = { traceback = tostring }\n");
    const { reads, writes } = globalsOf(file);
    expect([...reads].filter((name) => !MISE_GLOBALS.has(name)).sort()).toEqual(["Date", "JSON"]);
    expect([...writes]).toEqual(["debug"]);
  });
});
