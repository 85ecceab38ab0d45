// The compiled hooks (hooks/*.lua, lib/*.lua) in a Lua VM, loaded the way mise loads them, with
// mise's host modules stood in from JS. By default cmd.exec runs a real shell and the stand-in ocx.
import { existsSync, lstatSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { type CmdCall, defaultModules, type HostModules, loadPlugin, LuaError } from "../support/lua-vm";
import { Sandbox } from "../support/world.mjs";

const SC = "ocx.sh/shellcheck";

let box: Sandbox;
let logs: string[];
let cmdCalls: CmdCall[];
let modules: HostModules;

beforeEach(() => {
  box = new Sandbox();
  logs = [];
  cmdCalls = [];
  modules = defaultModules(box.env(), logs, cmdCalls);
});

function installCtx(tool: string, version: string) {
  const installPath = box.dir(`installs/${tool.replace(/[/.]/g, "-")}/${version}`);
  return { tool, version, install_path: installPath, download_path: box.dir("downloads"), options: {} };
}

// The stand-in ocx and mise's cmd.exec stand-in run through a POSIX sh, which Windows runners lack.
const posix = process.platform !== "win32";

describe.skipIf(!posix)("BackendListVersions", () => {
  it("returns the registry's real versions ascending, from one remote index list", () => {
    const result = loadPlugin(modules, { env: box.env(), pluginDir: box.dir("data/plugins/ocx") }).call("BackendListVersions", { tool: SC, options: {} });
    expect(result).toEqual({ versions: ["0.9.0", "0.10.0", "0.11.0", "0.12.0-rc1"] });
    expect(box.ocxCommands()).toEqual([`--format json --color never --remote index list ${SC}`]);
    expect(box.ocxCalls()[0].env).toMatchObject({ OCX_PROJECT: "", OCX_HOME: box.ocxHome });
  });
  it("lists a variant's versions through the tool option", () => {
    expect(loadPlugin(modules, { env: box.env(), pluginDir: box.dir("data/plugins/ocx") }).call("BackendListVersions", { tool: SC, options: { variant: "slim" } })).toEqual({ versions: ["0.11.0"] });
  });
  it("unsets an empty OCX_INDEX before calling ocx", () => {
    modules.cmd.exec = (command, options) => defaultModules({ ...box.env(), OCX_INDEX: "" }, logs, cmdCalls).cmd.exec(command, options);
    loadPlugin(modules, { env: box.env(), pluginDir: box.dir("data/plugins/ocx") }).call("BackendListVersions", { tool: SC, options: {} });
    expect(box.ocxCalls()[0].env.OCX_INDEX).toBeNull();
  });
  it("raises the plugin's one-line message, exactly, when the identifier is bad", () => {
    expect(() => loadPlugin(modules, { env: box.env(), pluginDir: box.dir("data/plugins/ocx") }).call("BackendListVersions", { tool: "--remote", options: {} })).toThrow(
      new LuaError("mise-ocx: ocx:--remote: an identifier cannot start with '-'"),
    );
    expect(box.ocxCalls()).toEqual([]);
  });
});

describe.skipIf(!posix)("BackendInstall and BackendExecEnv", () => {
  it("installs through ocx, links the store and activates from the receipt alone", () => {
    const plugin = loadPlugin(modules, { env: box.env(), pluginDir: box.dir("data/plugins/ocx") });
    const ctx = installCtx(SC, "0.11.0");
    expect(plugin.call("BackendInstall", ctx)).toEqual({});
    const commands = box.ocxCommands();
    expect(commands.slice(0, 2)).toEqual(["--format json --color never version", `--format json --color never package install ${SC}:0.11.0`]);
    const pinned = commands[2].split(" ").pop() ?? "";
    expect(pinned).toMatch(/^ocx\.sh\/shellcheck:0\.11\.0@sha256:[0-9a-f]{64}$/);
    expect(commands.slice(2)).toEqual([`--format json --color never package which ${pinned}`, `--format json --color never --offline package env ${pinned}`]);

    const content = join(ctx.install_path, "content");
    expect(lstatSync(content).isSymbolicLink()).toBe(true);
    expect(readlinkSync(content)).toMatch(new RegExp(`^${box.ocxHome}/packages/ocx.sh/sha256/[0-9a-f]{2}/[0-9a-f]{30}/content$`));
    const receipt = JSON.parse(readFileSync(join(ctx.install_path, ".mise-ocx.json"), "utf8"));
    expect(receipt).toMatchObject({ schema: 1, tool: SC, version: "0.11.0", pinned, ocxHome: box.ocxHome });

    box.clearCalls();
    const env = plugin.call("BackendExecEnv", { tool: SC, version: "0.11.0", install_path: ctx.install_path, options: {} });
    expect(env).toEqual({
      env_vars: [
        { key: "PATH", value: `${content}/bin` },
        { key: "SHELLCHECK_HOME", value: content },
        { key: "SHELLCHECK_FEATURES", value: "color,json" },
      ],
    });
    expect(box.ocxCalls()).toEqual([]);
  });

  it("refuses a rolling tag before calling ocx and leaves the folder empty", () => {
    const ctx = installCtx(SC, "0.11");
    expect(() => loadPlugin(modules, { env: box.env(), pluginDir: box.dir("data/plugins/ocx") }).call("BackendInstall", ctx)).toThrow(/^mise-ocx: ocx:ocx.sh\/shellcheck@0.11: '0.11' is not an exact version/);
    expect(box.ocxCalls()).toEqual([]);
    expect(existsSync(join(ctx.install_path, ".mise-ocx.json"))).toBe(false);
  });

  it("lists the nearest versions when the version does not exist", () => {
    expect(() => loadPlugin(modules, { env: box.env(), pluginDir: box.dir("data/plugins/ocx") }).call("BackendInstall", installCtx(SC, "0.11.7"))).toThrow(
      /not found in the registry \(exit 79\); check the identifier and the version \(ocx: tag '0.11.7' of 'ocx.sh\/shellcheck' not found\); available versions near it: 0.9.0, 0.10.0, 0.11.0, 0.12.0-rc1$/,
    );
  });

  it("retries a transient failure, then succeeds", () => {
    box.faults([{ when: "package install", exit: 75, times: 1, stderr: "503 Service Unavailable" }]);
    loadPlugin(modules, { env: box.env(), pluginDir: box.dir("data/plugins/ocx") }).call("BackendInstall", installCtx(SC, "0.10.0"));
    expect(box.ocxCommands().filter((c) => c.includes("package install"))).toHaveLength(2);
    expect(cmdCalls.some((c) => c.command === "sleep 1")).toBe(true);
  });
});

describe("mise's host quirks", () => {
  it("takes JSON null (a truthy userdata in mise) in an install report's path", () => {
    const pinned = `${SC}:0.11.0@sha256:${"a".repeat(64)}`;
    const root = join(box.ocxHome, "packages/ocx.sh/sha256/aa/aaaa");
    const replies: Record<string, unknown> = {
      "version": { version: "0.5.8" },
      "package install": { [`${SC}:0.11.0`]: { identifier: pinned, metadata: {}, path: null } },
      "package which": { [pinned]: { path: root, kind: "package" } },
      "package env": { entries: [{ key: "PATH", value: `${root}/content/bin`, type: "path" }], binaries: [], entrypoints: [], integrations: null, advisories: [] },
    };
    modules.cmd.exec = (command) => {
      const verb = Object.keys(replies).find((v) => String(command).includes(v.split(" ").map((w) => `'${w}'`).join(" "))) ?? "";
      return `${JSON.stringify(replies[verb])}\n@@mise-ocx-status 0\n`;
    };
    const ctx = installCtx(SC, "0.11.0");
    loadPlugin(modules, { env: box.env(), pluginDir: box.dir("data/plugins/ocx") }).call("BackendInstall", ctx);
    const receipt = JSON.parse(readFileSync(join(ctx.install_path, ".mise-ocx.json"), "utf8"));
    expect(receipt).toMatchObject({ pinned, root });
  });

  it("on Windows, quotes for cmd.exe and reads ocx's exit code from mise's error text", () => {
    const seen: string[] = [];
    const program = join(box.root, "ocx.exe");
    writeFileSync(program, "");
    modules.cmd.exec = (command) => {
      seen.push(String(command));
      throw new Error("Command failed with status exit status: 80: 2026-01-01T00:00:00Z ERROR 401 Unauthorized");
    };
    expect(() => loadPlugin(modules, { env: { ...box.env(), MISE_OCX_BIN: program }, osType: "windows", pluginDir: box.dir("data/plugins/ocx") }).call("BackendListVersions", { tool: "ghcr.io/myorg/internal-tool", options: {} })).toThrow(
      new LuaError(
        "mise-ocx: ocx:ghcr.io/myorg/internal-tool: ghcr.io refused access (exit 80); run 'ocx login ghcr.io' or set OCX_AUTH_ghcr_io_TOKEN (ocx: 401 Unauthorized)",
      ),
    );
    expect(seen[0]).toBe(`"${program}" "--format" "json" "--color" "never" "--remote" "index" "list" "ghcr.io/myorg/internal-tool"`);
  });

  it.skipIf(!posix)("reports a missing ocx with where it looked and how to get it", () => {
    const env = { ...box.env(), PATH: "/usr/bin:/bin" };
    const plugin = loadPlugin(defaultModules(env, logs, cmdCalls), { env, pluginDir: box.dir("data/plugins/ocx") });
    expect(() => plugin.call("BackendListVersions", { tool: SC, options: {} })).toThrow(
      new LuaError(
        `mise-ocx: ocx:${SC}: ocx was not found (looked at the tool option ocx_bin, MISE_OCX_BIN, PATH and ${box.root}/data/installs/github-ocx-sh-ocx); get it with 'mise use -g github:ocx-sh/ocx@0.5.8' (or OCX's installer: curl -fsSL https://setup.ocx.sh/sh | sh), or put ocx on PATH`,
      ),
    );
    expect(cmdCalls).toEqual([]);
  });
});
