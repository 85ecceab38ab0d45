// @ts-check
// Throwaway worlds for tests and the demo. A Sandbox holds a fixture registry, an OCX_HOME and the
// stand-in ocx on PATH with its call log. A MiseWorld adds the real mise binary (npm
// @jdxcode/mise) with its own data, config, cache and state dirs and HOME, and installs the plugin
// from a file:// git URL, so commands run exactly as a user would type them.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildFixtureRegistry } from "../standin/fixtures.mjs";

export const PLUGIN_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const STANDIN_BIN = join(PLUGIN_ROOT, "test", "standin", "bin");
export const MISE_BIN = join(PLUGIN_ROOT, "node_modules", "@jdxcode", "mise", "bin", "mise");

/**
 * @typedef {{ argv: string[], env: Record<string, string | null> }} OcxCall
 * @typedef {{ when: string, exit?: number, times?: number, stdout?: string, stderr?: string, sleep?: number, crash?: boolean }} Fault
 * @typedef {{ code: number, stdout: string, stderr: string, output: string }} Run
 */

export class Sandbox {
  constructor() {
    this.root = mkdtempSync(join(tmpdir(), "mise-ocx-"));
    this.registry = join(this.root, "registry");
    this.ocxHome = join(this.root, "ocx-home");
    this.callLog = join(this.root, "ocx-calls.jsonl");
    this.faultsFile = join(this.root, "ocx-faults.json");
    this.networkLog = join(this.root, "ocx-network.jsonl");
    /** Directories put before the system PATH (the stand-in's by default). @type {string[]} */
    this.pathDirs = [STANDIN_BIN];
    buildFixtureRegistry(this.registry);
    mkdirSync(this.ocxHome, { recursive: true });
  }

  /** @param {string} name */
  dir(name) {
    const path = join(this.root, name);
    mkdirSync(path, { recursive: true });
    return path;
  }

  /** The environment the stand-in ocx needs, on top of the current one. @returns {NodeJS.ProcessEnv} */
  env() {
    return {
      ...process.env,
      PATH: [...this.pathDirs, process.env.PATH ?? ""].join(":"),
      OCX_HOME: this.ocxHome,
      OCX_STANDIN_REGISTRY: this.registry,
      OCX_STANDIN_LOG: this.callLog,
      OCX_STANDIN_FAULTS: this.faultsFile,
      OCX_STANDIN_NETLOG: this.networkLog,
      // The plugin's version-list cache lives in mise's cache dir: keep it in the sandbox.
      MISE_CACHE_DIR: join(this.root, "mise", "cache"),
    };
  }

  /** Replaces the stand-in's fault rules, and forgets how often the old ones fired. @param {Fault[]} rules */
  faults(rules) {
    for (const name of readdirSync(this.root)) {
      if (name.startsWith(`${basename(this.faultsFile)}.`)) rmSync(join(this.root, name));
    }
    writeFileSync(this.faultsFile, JSON.stringify(rules));
  }

  /** Every ocx call so far, oldest first. @returns {OcxCall[]} */
  ocxCalls() {
    if (!existsSync(this.callLog)) return [];
    return readFileSync(this.callLog, "utf8")
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l));
  }

  /** The ocx calls that reached the registry (the stand-in's network), as command lines. */
  networkCalls() {
    if (!existsSync(this.networkLog)) return [];
    return readFileSync(this.networkLog, "utf8")
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => /** @type {{ argv: string[] }} */ (JSON.parse(l)).argv.join(" "));
  }

  /** The calls' argv as command lines, for compact assertions. */
  ocxCommands() {
    return this.ocxCalls().map((c) => c.argv.join(" "));
  }

  clearCalls() {
    writeFileSync(this.callLog, "");
  }
}

/** What mise loads from a plugin checkout, plus the files a clone carries for users. */
const PLUGIN_FILES = ["metadata.lua", "lualib_bundle.lua", "hooks", "lib", "README.md", "LICENSE"];

/** @type {string | undefined} */
let pluginUrl;

/**
 * A git repository holding the plugin files as they are in this checkout now (committed or
 * not), so `mise plugin install ocx file://...` clones exactly what is under test.
 */
export function pluginRepoUrl() {
  if (pluginUrl !== undefined) return pluginUrl;
  const repo = mkdtempSync(join(tmpdir(), "mise-ocx-plugin-"));
  for (const file of PLUGIN_FILES) {
    if (existsSync(join(PLUGIN_ROOT, file))) cpSync(join(PLUGIN_ROOT, file), join(repo, file), { recursive: true });
  }
  const git = (/** @type {string[]} */ ...args) => execFileSync("git", args, { cwd: repo, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("-c", "user.name=mise-ocx tests", "-c", "user.email=tests@mise-ocx.invalid", "commit", "-qm", "plugin under test");
  pluginUrl = `file://${repo}`;
  return pluginUrl;
}

export class MiseWorld extends Sandbox {
  constructor() {
    super();
    if (!existsSync(MISE_BIN)) throw new Error(`mise binary missing at ${MISE_BIN}: run npm ci (its install script fetches the binary)`);
    this.home = this.dir("home");
    this.project = this.dir("project");
    this.dataDir = join(this.root, "mise", "data");
    /** Extra variables for every mise command. @type {Record<string, string>} */
    this.extraEnv = {};
  }

  /** @returns {NodeJS.ProcessEnv} */
  miseEnv() {
    const outer = Object.fromEntries(Object.entries(this.env()).filter(([key]) => !key.startsWith("MISE_")));
    return {
      ...outer,
      HOME: this.home,
      MISE_DATA_DIR: this.dataDir,
      MISE_CONFIG_DIR: join(this.root, "mise", "config"),
      MISE_CACHE_DIR: join(this.root, "mise", "cache"),
      MISE_STATE_DIR: join(this.root, "mise", "state"),
      MISE_TRUSTED_CONFIG_PATHS: this.root,
      MISE_YES: "1",
      MISE_COLOR: "0",
      NO_COLOR: "1",
      ...this.extraEnv,
    };
  }

  /** @param {string[]} args @param {string} [cwd] @returns {Run} */
  mise(args, cwd = this.project) {
    const result = spawnSync(MISE_BIN, args, { cwd, env: this.miseEnv(), encoding: "utf8", timeout: 110_000 });
    const stdout = result.stdout ?? "";
    const stderr = result.stderr ?? "";
    return { code: result.status ?? -1, stdout, stderr, output: `${stdout}${stderr}` };
  }

  /** Like `mise`, but throws with mise's output when the command fails. @param {string[]} args @param {string} [cwd] */
  ok(args, cwd = this.project) {
    const run = this.mise(args, cwd);
    if (run.code !== 0) throw new Error(`mise ${args.join(" ")} exited ${run.code}:\n${run.output}`);
    return run;
  }

  installPlugin() {
    return this.ok(["plugin", "install", "ocx", pluginRepoUrl()]);
  }

  /** @param {string} toml @param {string} [dir] */
  writeConfig(toml, dir = this.project) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "mise.toml"), toml);
  }

  /** @param {string} toolDir @param {string} version */
  installDir(toolDir, version) {
    return join(this.dataDir, "installs", toolDir, version);
  }
}
