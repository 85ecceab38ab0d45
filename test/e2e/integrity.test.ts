// Parallel installs, identifier clashes and vanished store content, through the real mise.
import { spawn } from "node:child_process";
import { readlinkSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { publish } from "../standin/registry.mjs";
import { MISE_BIN, MiseWorld } from "../support/world.mjs";

const SC = "ocx.sh/shellcheck";

/** Starts `mise args` without waiting, so several run at once. */
function start(world: MiseWorld, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(MISE_BIN, args, { cwd: world.project, env: world.miseEnv() });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("concurrency", () => {
  it("mise install -j 8 installs every tool of a mise.toml, each exactly once", () => {
    const world = new MiseWorld();
    world.installPlugin();
    world.writeConfig(
      `[tools]\n"ocx:${SC}" = ["0.11", "0.10", "0.9"]\n"ocx:ocx.sh/cmake" = ["3.28", "3.27"]\n"ocx:ghcr.io/myorg/internal-tool" = ["1.5", "2"]\n`,
    );
    world.ok(["install", "-j", "8"]);
    const installs = world.ocxCommands().filter((c) => c.includes("package install")).map((c) => c.split(" ").pop());
    expect(installs.sort()).toEqual(
      ["ghcr.io/myorg/internal-tool:1.5.2", "ghcr.io/myorg/internal-tool:2.0.0", "ocx.sh/cmake:3.27.9", "ocx.sh/cmake:3.28.1", `${SC}:0.10.0`, `${SC}:0.11.0`, `${SC}:0.9.0`].sort(),
    );
    const out = world.ok(["exec", "--", "sh", "-c", "shellcheck --version; cmake --version; internal-tool --version"]).stdout;
    expect(out).toBe("shellcheck version 0.11.0\ncmake version 3.28.1\ninternal-tool version 1.5.2\n");
  });

  it("three mise processes installing the same tool at once converge on one install", async () => {
    const world = new MiseWorld();
    world.installPlugin();
    const runs = await Promise.all([1, 2, 3].map(() => start(world, ["install", `ocx:${SC}@0.10.0`])));
    for (const run of runs) expect(run.code, run.output).toBe(0);
    expect(world.ocxCommands().filter((c) => c.includes("package install"))).toHaveLength(1);
    expect(world.ok(["exec", `ocx:${SC}@0.10.0`, "--", "shellcheck", "--version"]).stdout).toBe("shellcheck version 0.10.0\n");
  });

  it("two worlds sharing one OCX_HOME install the same package at once, and both work", async () => {
    const a = new MiseWorld();
    const b = new MiseWorld();
    b.extraEnv = { OCX_HOME: a.ocxHome, OCX_STANDIN_REGISTRY: a.registry };
    a.installPlugin();
    b.installPlugin();
    const runs = await Promise.all([start(a, ["install", `ocx:${SC}@0.11.0`]), start(b, ["install", `ocx:${SC}@0.11.0`])]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
    for (const world of [a, b]) expect(world.ok(["exec", `ocx:${SC}@0.11.0`, "--", "shellcheck", "--version"]).stdout).toBe("shellcheck version 0.11.0\n");
  });
});

describe("identifier clashes", () => {
  it("refuses a second identifier that mise would file in the first one's folder", () => {
    const world = new MiseWorld();
    world.installPlugin();
    publish(world.registry, { repository: "ocx.sh/ocx-sh/shellcheck", version: "0.11.0", bin: "shellcheck" });
    world.ok(["install", `ocx:${SC}@0.11.0`]);
    const message = `mise-ocx: ocx:ocx-sh/shellcheck: mise keeps this tool in the same folder as ocx:${SC} (${world.dataDir}/installs/ocx-ocx-sh-shellcheck), which is installed; uninstall it first ('mise uninstall --all ocx:${SC}') or use one identifier only`;
    for (const args of [["install", "ocx:ocx-sh/shellcheck@0.11.0"], ["ls-remote", "ocx:ocx-sh/shellcheck"]]) {
      const run = world.mise(args);
      expect(run.code).not.toBe(0);
      expect(run.output.split("\n").filter((line) => line.endsWith(message)), run.output).not.toEqual([]);
    }
    expect(world.ocxCommands().filter((c) => c.includes("ocx-sh/shellcheck"))).toEqual([]);
  });
});

describe("store content that vanished", () => {
  it("says how to repair it, and the repair works", () => {
    const world = new MiseWorld();
    world.installPlugin();
    world.writeConfig(`[tools]\n"ocx:${SC}" = "0.11"\n`);
    world.ok(["install"]);
    const content = readlinkSync(join(world.installDir("ocx-ocx-sh-shellcheck", "0.11.0"), "content"));
    rmSync(dirname(content), { recursive: true }); // what `ocx clean` or a purge does to an unreferenced package
    world.ok(["cache", "clear"]);
    const run = world.mise(["exec", "--", "shellcheck", "--version"]);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(
      `mise-ocx: ocx:${SC}@0.11.0: its files are gone from OCX's store (was 'ocx clean' run?); run 'mise install --force ocx:${SC}@0.11.0'`,
    );
    world.ok(["install", "--force", `ocx:${SC}@0.11.0`]);
    expect(world.ok(["exec", "--", "shellcheck", "--version"]).stdout).toBe("shellcheck version 0.11.0\n");
  });
});
