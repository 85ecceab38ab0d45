// The real mise binary (npm @jdxcode/mise) in an isolated world: its own data, config, cache and
// state dirs and HOME under a temp folder, the plugin installed from a file:// git URL, and the
// stand-in ocx on PATH. Commands run exactly as a user would type them.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PLUGIN_ROOT } from "./lua-vm";
import { Sandbox } from "./sandbox";

export const MISE_BIN = join(PLUGIN_ROOT, "node_modules", "@jdxcode", "mise", "bin", "mise");

/** What mise loads from a plugin checkout (plus the files a clone carries for users). */
const PLUGIN_FILES = ["metadata.lua", "lualib_bundle.lua", "hooks", "lib", "README.md", "LICENSE"];

let pluginUrl: string | undefined;

/**
 * A git repository holding the plugin files as they are in this checkout right now (committed
 * or not), so `mise plugin install ocx file://...` clones exactly what is under test.
 */
export function pluginRepoUrl(): string {
  if (pluginUrl !== undefined) return pluginUrl;
  if (!existsSync(MISE_BIN)) throw new Error(`mise binary missing at ${MISE_BIN}: run npm ci (its install script fetches the binary)`);
  const repo = mkdtempSync(join(tmpdir(), "mise-ocx-plugin-"));
  for (const file of PLUGIN_FILES) {
    if (existsSync(join(PLUGIN_ROOT, file))) cpSync(join(PLUGIN_ROOT, file), join(repo, file), { recursive: true });
  }
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("-c", "user.name=mise-ocx tests", "-c", "user.email=tests@mise-ocx.invalid", "commit", "-qm", "plugin under test");
  pluginUrl = `file://${repo}`;
  return pluginUrl;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for assertions on what the user sees. */
  output: string;
}

export class MiseWorld extends Sandbox {
  readonly home = this.dir("home");
  readonly project = this.dir("project");
  readonly dataDir = join(this.root, "mise", "data");
  /** Extra variables for every mise command. */
  extraEnv: Record<string, string> = {};

  miseEnv(): NodeJS.ProcessEnv {
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

  mise(args: string[], cwd = this.project): Run {
    const result = spawnSync(MISE_BIN, args, { cwd, env: this.miseEnv(), encoding: "utf8", timeout: 110_000 });
    const stdout = result.stdout ?? "";
    const stderr = result.stderr ?? "";
    return { code: result.status ?? -1, stdout, stderr, output: `${stdout}${stderr}` };
  }

  /** Like `mise`, but fails the test with mise's output when the command fails. */
  ok(args: string[], cwd = this.project): Run {
    const run = this.mise(args, cwd);
    if (run.code !== 0) throw new Error(`mise ${args.join(" ")} exited ${run.code}:\n${run.output}`);
    return run;
  }

  installPlugin(): Run {
    return this.ok(["plugin", "install", "ocx", pluginRepoUrl()]);
  }

  writeConfig(toml: string, dir = this.project): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "mise.toml"), toml);
  }

  installDir(toolDir: string, version: string): string {
    return join(this.dataDir, "installs", toolDir, version);
  }
}
