// The user story of the end-to-end issue, through the real mise binary, the generated Lua and
// the stand-in ocx; each ocx call the plugin made is asserted from the stand-in's call log.
import { existsSync, lstatSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { publish } from "../standin/registry.mjs";
import { MiseWorld } from "../support/world.mjs";

const SC = "ocx.sh/shellcheck";
const CMAKE = "ocx.sh/cmake";
const TOOL = "ghcr.io/myorg/internal-tool";
const ROOT = "--format json --color never";
const PIN = /@sha256:[0-9a-f]{64}$/;

/** Lines of `mise ls`, columns collapsed to single spaces. */
const lsLines = (text: string) => text.trim().split("\n").map((l) => l.trim().replace(/\s+/g, " "));

describe("one tool: install, ls, ls-remote, exec, which, where", () => {
  const world = new MiseWorld();

  beforeAll(() => {
    expect(world.installPlugin().output).toContain("plugin:ocx");
  });

  it("mise ls-remote lists real versions only, ascending; prereleases on request", () => {
    expect(world.ok(["ls-remote", `ocx:${SC}`]).stdout.trim().split("\n")).toEqual(["0.9.0", "0.10.0", "0.11.0"]);
    expect(world.ocxCommands()).toEqual([`${ROOT} --remote index list ${SC}`]);
    expect(world.ok(["ls-remote", "--prerelease", `ocx:${SC}`]).stdout.trim().split("\n")).toEqual(["0.9.0", "0.10.0", "0.11.0", "0.12.0-rc1"]);
  });

  it("mise install ocx:ocx.sh/shellcheck@0.11 installs 0.11.0 through ocx, linked to the store", () => {
    world.clearCalls();
    const run = world.ok(["install", `ocx:${SC}@0.11`]);
    expect(run.output).toContain(`ocx:${SC}@0.11.0`);
    // The version list comes from the plugin's cache (filled by ls-remote above): no registry call.
    const calls = world.ocxCommands();
    expect(calls.slice(0, 2)).toEqual([`${ROOT} version`, `${ROOT} package install ${SC}:0.11.0`]);
    expect(calls[2]).toMatch(new RegExp(`^${ROOT} package which ${SC}:0.11.0@sha256:[0-9a-f]{64}$`));
    expect(calls[3]).toMatch(new RegExp(`^${ROOT} --offline package env ${SC}:0.11.0@sha256:[0-9a-f]{64}$`));
    expect(calls).toHaveLength(4);
    const dir = world.installDir("ocx-ocx-sh-shellcheck", "0.11.0");
    expect(lstatSync(join(dir, "content")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "content")).startsWith(join(world.ocxHome, "packages", "ocx.sh", "sha256"))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, ".mise-ocx.json"), "utf8")).pinned).toMatch(PIN);
  });

  it("mise ls shows it with the version mise resolved", () => {
    expect(lsLines(world.ok(["ls"]).stdout)).toEqual([`ocx:${SC} 0.11.0`]);
  });

  it("mise exec -- shellcheck --version runs the binary from OCX's store, with no ocx call", () => {
    world.writeConfig(`[tools]\n"ocx:${SC}" = "0.11"\n`);
    world.ok(["cache", "clear"]);
    world.clearCalls();
    expect(world.ok(["exec", "--", "shellcheck", "--version"]).stdout).toBe("shellcheck version 0.11.0\n");
    expect(world.ocxCalls()).toEqual([]);
    const env = world.ok(["exec", "--", "sh", "-c", 'echo "$SHELLCHECK_HOME|$SHELLCHECK_FEATURES|${SHELLCHECK_PRIVATE-unset}"']).stdout.trim();
    expect(env).toBe(`${world.installDir("ocx-ocx-sh-shellcheck", "0.11.0")}/content|color,json|unset`);
  });

  it("mise which and mise where show mise's paths", () => {
    expect(world.ok(["which", "shellcheck"]).stdout.trim()).toBe(join(world.installDir("ocx-ocx-sh-shellcheck", "0.11"), "content", "bin", "shellcheck"));
    expect(world.ok(["which", "--version", "shellcheck"]).stdout.trim()).toBe("0.11.0");
    expect(world.ok(["where", `ocx:${SC}`]).stdout.trim()).toBe(world.installDir("ocx-ocx-sh-shellcheck", "0.11.0"));
  });

  it("a version the registry lacks fails with the nearest versions, and nothing is left installed", () => {
    const run = world.mise(["install", `ocx:${SC}@0.11.9`]);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(
      `mise-ocx: ocx:${SC}@0.11.9: not found in the registry (exit 79); check the identifier and the version (ocx: tag '0.11.9' of '${SC}' not found); available versions near it: 0.9.0, 0.10.0, 0.11.0, 0.12.0-rc1`,
    );
    expect(existsSync(world.installDir("ocx-ocx-sh-shellcheck", "0.11.9"))).toBe(false);
    expect(lsLines(world.ok(["ls"]).stdout)).toEqual([`ocx:${SC} 0.11.0 ${world.project}/mise.toml 0.11`]);
  });
});

describe("a mise.toml with three tools", () => {
  const world = new MiseWorld();

  beforeAll(() => {
    world.installPlugin();
    world.writeConfig(`[tools]\n"ocx:${SC}" = "0.11"\n"ocx:${CMAKE}" = "3.28"\n"ocx:${TOOL}" = "1.5"\n`);
  });

  it("mise install installs them all, each through ocx", () => {
    world.ok(["install"]);
    const installs = world.ocxCommands().filter((c) => c.includes("package install")).sort();
    expect(installs).toEqual([`${ROOT} package install ${TOOL}:1.5.2`, `${ROOT} package install ${CMAKE}:3.28.1`, `${ROOT} package install ${SC}:0.11.0`].sort());
    const config = join(world.project, "mise.toml");
    expect(lsLines(world.ok(["ls"]).stdout)).toEqual([`ocx:${TOOL} 1.5.2 ${config} 1.5`, `ocx:${CMAKE} 3.28.1 ${config} 3.28`, `ocx:${SC} 0.11.0 ${config} 0.11`]);
  });

  it("mise exec runs each tool's own binary", () => {
    const out = world.ok(["exec", "--", "sh", "-c", "shellcheck --version; cmake --version; internal-tool --version"]).stdout;
    expect(out).toBe("shellcheck version 0.11.0\ncmake version 3.28.1\ninternal-tool version 1.5.2\n");
  });

  it("mise use pins another version in mise.toml and installs it", () => {
    world.ok(["use", `ocx:${CMAKE}@3.27`]);
    expect(readFileSync(join(world.project, "mise.toml"), "utf8")).toContain(`"ocx:${CMAKE}" = "3.27"`);
    expect(world.ok(["exec", "--", "cmake", "--version"]).stdout).toBe("cmake version 3.27.9\n");
  });

  it("mise outdated and mise upgrade pick up a new release in the registry (asked for fresh data)", () => {
    publish(world.registry, { repository: SC, version: "0.11.5", tags: ["0.11.5", "0.11", "0", "latest"], bin: "shellcheck" });
    // Within the cache's hour the new release is not seen; MISE_OCX_CACHE_TTL=0 asks the registry.
    expect(lsLines(world.ok(["outdated"]).stdout).some((line) => line.includes("0.11.5"))).toBe(false);
    world.extraEnv = { MISE_OCX_CACHE_TTL: "0" };
    const outdated = lsLines(world.ok(["outdated"]).stdout);
    expect(outdated.some((line) => line.startsWith(`ocx:${SC} 0.11 0.11.0 0.11.5`))).toBe(true);
    world.clearCalls();
    world.ok(["upgrade", `ocx:${SC}`]);
    expect(world.ocxCommands()).toContain(`${ROOT} package install ${SC}:0.11.5`);
    expect(world.ok(["exec", "--", "shellcheck", "--version"]).stdout).toBe("shellcheck version 0.11.5\n");
  });

  it("mise uninstall removes mise's folder and leaves OCX's store alone", () => {
    const dir = world.installDir("ocx-ghcr-io-myorg-internal-tool", "1.5.2");
    const store = readlinkSync(join(dir, "content"));
    world.clearCalls();
    world.ok(["uninstall", `ocx:${TOOL}@1.5.2`]);
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(store)).toBe(true);
    expect(world.ocxCommands().filter((c) => c.includes(" package "))).toEqual([]);
    expect(lsLines(world.ok(["ls", `ocx:${TOOL}`]).stdout)[0]).toContain("(missing)");
  });
});
