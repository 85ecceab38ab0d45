// ocx itself provided by mise: one mise.toml lists github:ocx-sh/ocx and the ocx: tools, with
// nothing named ocx on PATH; plus the overrides, the version gate and mise-installed ocx.
// mise cannot download ocx here, so "mise-managed" ocx is the stand-in registered with
// `mise link github:ocx-sh/ocx@<v> <dir>`; MISE_PREFER_OFFLINE stops mise from asking GitHub
// about the linked version (online it would, and find the real release).
import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publish } from "../standin/registry.mjs";
import { MiseWorld, STANDIN_BIN } from "../support/world.mjs";

const TOOL = "shellcheck/shellcheck";
const STANDIN = join(STANDIN_BIN, "ocx");

/** A world with nothing named ocx on PATH and `shellcheck/shellcheck` (on ocx.sh) in the registry. */
function bareWorld(): MiseWorld {
  const world = new MiseWorld();
  world.pathDirs = [];
  world.installPlugin();
  publish(world.registry, { repository: `ocx.sh/${TOOL}`, version: "0.11.0", tags: ["0.11.0", "0.11", "latest"], bin: "shellcheck" });
  return world;
}

/** Registers the stand-in as mise's own github:ocx-sh/ocx@<version>; returns the path mise will show for it. */
function linkOcx(world: MiseWorld, version: string): string {
  const dir = world.dir(`ocx-${version}`);
  symlinkSync(STANDIN, join(world.dir(`ocx-${version}/bin`), "ocx"));
  world.ok(["link", `github:ocx-sh/ocx@${version}`, dir]);
  return join(world.installDir("github-ocx-sh-ocx", version), "bin", "ocx");
}

const receiptOcx = (world: MiseWorld) => JSON.parse(readFileSync(join(world.installDir("ocx-shellcheck-shellcheck", "0.11.0"), ".mise-ocx.json"), "utf8")).ocx;

describe("ocx comes with mise", () => {
  it("one mise.toml brings ocx and the tools: mise install, then mise exec", () => {
    const world = bareWorld();
    const configured = linkOcx(world, "0.5.8");
    linkOcx(world, "0.5.9");
    world.writeConfig(`[tools]\n"github:ocx-sh/ocx" = "0.5.8"\n"ocx:${TOOL}" = "0.11"\n`);
    world.extraEnv = { MISE_PREFER_OFFLINE: "1" };
    world.ok(["install"]);
    expect(world.ok(["exec", "--", "shellcheck", "--version"]).stdout).toBe("shellcheck version 0.11.0\n");
    // The plugin's `depends` put the configured ocx (not the newer one mise also has) on the hooks' PATH.
    expect(receiptOcx(world)).toBe(configured);
    expect(world.ocxCommands()).toContain(`--format json --color never package install ${TOOL}:0.11.0`);
  });

  it("mise installs github:ocx-sh/ocx before the ocx: tools (they wait for it)", () => {
    const world = bareWorld();
    world.writeConfig(`[tools]\n"github:ocx-sh/ocx" = "0.5.8"\n"ocx:${TOOL}" = "0.11"\n`);
    const run = world.mise(["install"]); // no network here, so mise cannot fetch ocx
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/ocx:shellcheck\/shellcheck@0\.11 · failed: Skipped due to failed dependency/);
    expect(world.ocxCalls()).toEqual([]);
  });

  it("uses an ocx mise installed even when mise.toml does not list it", () => {
    const world = bareWorld();
    const managed = linkOcx(world, "0.5.9");
    world.ok(["install", `ocx:${TOOL}@0.11.0`]);
    expect(receiptOcx(world)).toBe(managed);
  });
});

describe("choosing ocx explicitly", () => {
  it("MISE_OCX_BIN names the ocx to run, recorded in the receipt", () => {
    const world = bareWorld();
    world.extraEnv = { MISE_OCX_BIN: STANDIN };
    world.ok(["install", `ocx:${TOOL}@0.11.0`]);
    expect(receiptOcx(world)).toBe(STANDIN);
  });

  it("the tool option ocx_bin does the same from mise.toml", () => {
    const world = bareWorld();
    world.writeConfig(`[tools]\n"ocx:${TOOL}" = { version = "0.11", ocx_bin = ${JSON.stringify(STANDIN)} }\n`);
    world.ok(["install"]);
    expect(world.ok(["exec", "--", "shellcheck", "--version"]).stdout).toBe("shellcheck version 0.11.0\n");
    expect(receiptOcx(world)).toBe(STANDIN);
  });

  it("an old ocx is refused with both versions and how to get a supported one", () => {
    const world = bareWorld();
    world.extraEnv = { MISE_OCX_BIN: STANDIN, OCX_STANDIN_VERSION: "0.3.11" };
    const run = world.mise(["install", `ocx:${TOOL}@0.11.0`]);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(
      `mise-ocx: ocx:${TOOL}@0.11.0: mise-ocx needs ocx 0.5.8 or a later 0.5.x, but ${STANDIN} is ocx 0.3.11; get it with 'mise use -g github:ocx-sh/ocx@0.5.8' (or OCX's installer: curl -fsSL https://setup.ocx.sh/sh | sh)`,
    );
    expect(world.ocxCommands().filter((c) => c.includes("package"))).toEqual([]);
  });
});
