// Every way ocx can fail, injected through the stand-in and run through the real mise. Each ends
// in one `mise-ocx:` line naming the tool, the cause and the fix, with ocx's own last message;
// nothing is left installed, and the same command succeeds once the fault is gone.
import { existsSync, lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { protect } from "../standin/registry.mjs";
import { type Fault, MiseWorld } from "../support/world.mjs";

const SC = "ocx.sh/shellcheck";
const TOOL = "ghcr.io/myorg/internal-tool";
const AT = `mise-ocx: ocx:${SC}@0.10.0:`;

interface Row {
  name: string;
  tool?: string;
  version?: string;
  faults?: Fault[];
  env?: Record<string, string>;
  before?: (world: MiseWorld) => void;
  message: string | ((world: MiseWorld) => string);
  /** For transient faults that clear up: the install succeeds after this many install calls. */
  succeedsAfter?: number;
}

const rows: Row[] = [
  {
    name: "ocx missing from PATH and from mise",
    env: { PATH: "/usr/bin:/bin" },
    message: (world) =>
      `mise-ocx: ocx:${SC}: ocx was not found (looked at the tool option ocx_bin, MISE_OCX_BIN, PATH and ${world.dataDir}/installs/github-ocx-sh-ocx); get it with 'mise use -g github:ocx-sh/ocx@0.5.8' (or OCX's installer: curl -fsSL https://setup.ocx.sh/sh | sh), or put ocx on PATH`,
  },
  {
    name: "exit 64 (ocx too old for this command line)",
    faults: [{ when: "package install", exit: 64, stderr: "unexpected argument '--format' found" }],
    message: `${AT} ocx rejected the command line (exit 64); mise-ocx needs ocx >= 0.5.8, check 'ocx version' and upgrade (ocx: unexpected argument '--format' found)`,
  },
  {
    name: "exit 65 (bad data)",
    faults: [{ when: "package install", exit: 65, stderr: "platform feature mismatch: libc.musl" }],
    message: `${AT} ocx refused the package data (exit 65: bad digest, platform mismatch or yanked tag); pick another version or set the 'platform' option (ocx: platform feature mismatch: libc.musl)`,
  },
  {
    name: "exit 69 (registry unavailable)",
    faults: [{ when: "package install", exit: 69, stderr: "registry answered 400" }],
    message: `${AT} the registry answered but cannot serve this package (exit 69); retrying will not help, check the identifier with the registry's owner (ocx: registry answered 400)`,
  },
  {
    name: "exit 74 (I/O)",
    faults: [{ when: "package install", exit: 74, stderr: "No space left on device" }],
    message: `${AT} ocx could not read or write its store (exit 74); check free space and permissions under OCX_HOME (default ~/.ocx) (ocx: No space left on device)`,
  },
  {
    name: "exit 75 twice, then success (retried with backoff)",
    faults: [{ when: "package install", exit: 75, times: 2, stderr: "503 Service Unavailable" }],
    message: "",
    succeedsAfter: 3,
  },
  {
    name: "exit 75 on every try",
    faults: [{ when: "package install", exit: 75, stderr: "connection reset by peer" }],
    message: `${AT} the registry did not answer (exit 75, gave up after 3 tries); check the network and retry (ocx: connection reset by peer)`,
  },
  {
    name: "exit 77 (permission)",
    faults: [{ when: "package install", exit: 77, stderr: "Permission denied (os error 13)" }],
    message: `${AT} ocx was denied permission (exit 77); check the permissions under OCX_HOME (default ~/.ocx) (ocx: Permission denied (os error 13))`,
  },
  {
    name: "exit 78 (config)",
    faults: [{ when: "package install", exit: 78, stderr: "invalid config.toml: expected a table" }],
    message: `${AT} ocx's configuration is invalid (exit 78); fix ocx's config.toml or the OCX_* variables it names (ocx: invalid config.toml: expected a table)`,
  },
  {
    name: "exit 79 (no such version), with the nearest ones",
    version: "0.10.7",
    message: `mise-ocx: ocx:${SC}@0.10.7: not found in the registry (exit 79); check the identifier and the version (ocx: tag '0.10.7' of '${SC}' not found); available versions near it: 0.9.0, 0.10.0, 0.11.0, 0.12.0-rc1`,
  },
  {
    name: "exit 80 (auth), naming the host and both ways to authenticate",
    tool: TOOL,
    version: "1.5.2",
    before: (world) => protect(world.registry, TOOL, { token: "s3cret" }),
    message: `mise-ocx: ocx:${TOOL}: ghcr.io refused access (exit 80); run 'ocx login ghcr.io' or set OCX_AUTH_ghcr_io_TOKEN (ocx: authentication with ghcr.io failed: 401 Unauthorized)`,
  },
  {
    name: "exit 81 (offline, nothing in the local index)",
    env: { OCX_OFFLINE: "1" },
    // The plugin does not even ask ocx's registry: offline, only this machine's list counts.
    message: `mise-ocx: ocx:${SC}: not available offline (exit 81); go online once, or run 'ocx index update ${SC}'`,
  },
  {
    name: "stdout that is not JSON",
    faults: [{ when: "package install", exit: 0, stdout: "Package             Version\nocx.sh/shellcheck   0.10.0\n" }],
    message: `${AT} ocx printed output that is not JSON (Package             Version?ocx.sh/shellcheck   0.10.0); mise-ocx needs ocx >= 0.5.8 (check 'ocx version')`,
  },
  {
    name: "JSON of an unexpected shape (0.5.7's bare-string which)",
    faults: [{ when: "package which", exit: 0, stdout: '{"x": "/home/u/.ocx/packages/ocx.sh/sha256/ab/cd"}\n' }],
    message: `${AT} ocx printed a 'which' report of an unexpected shape; mise-ocx needs ocx >= 0.5.8 (check 'ocx version')`,
  },
  {
    name: "a hung ocx, stopped by the timeout",
    faults: [{ when: "package install", sleep: 8 }],
    env: { MISE_OCX_TIMEOUT: "2" },
    message: `${AT} ocx did not finish within 2s and was stopped; check the network, or allow longer with MISE_OCX_TIMEOUT=<seconds>`,
  },
  {
    name: "ocx killed mid-install",
    faults: [{ when: "package install", crash: true }],
    message: `${AT} ocx was killed by signal 9 before it finished; nothing was installed, run the command again`,
  },
];

describe(`ocx failures (${rows.length} rows) through the real mise`, () => {
  /** Version folders of `toolDir`: mise's runtime symlinks (`0.10`, `latest`) and bookkeeping files excluded. */
  const versions = (world: MiseWorld, toolDir: string) => {
    const dir = join(world.dataDir, "installs", toolDir);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((name) => !name.startsWith(".") && !lstatSync(join(dir, name)).isSymbolicLink());
  };

  it.each(rows.map((row) => [row.name, row] as const))("%s", (_, row) => {
    const world = new MiseWorld();
    world.installPlugin();
    const tool = row.tool ?? SC;
    const version = row.version ?? "0.10.0";
    const toolDir = `ocx-${tool.replace(/[^a-z0-9]+/g, "-")}`;
    world.faults(row.faults ?? []);
    world.extraEnv = row.env ?? {};
    row.before?.(world);
    world.clearCalls();

    const run = world.mise(["install", `ocx:${tool}@${version}`]);
    if (row.succeedsAfter !== undefined) {
      expect(run.code, run.output).toBe(0);
      expect(world.ocxCommands().filter((c) => c.includes("package install"))).toHaveLength(row.succeedsAfter);
      return;
    }
    expect(run.code).not.toBe(0);
    const message = typeof row.message === "string" ? row.message : row.message(world);
    expect(run.output.split("\n").filter((line) => line.endsWith(message)), run.output).not.toEqual([]);
    expect(versions(world, toolDir)).toEqual([]);
    expect(world.ok(["ls", `ocx:${tool}`]).stdout).not.toContain(version);

    // Once the fault is gone, the same command installs the tool.
    world.faults([]);
    world.extraEnv = tool === TOOL ? { OCX_AUTH_ghcr_io_TOKEN: "s3cret" } : {};
    const fixed = version === "0.10.7" ? "0.10.0" : version;
    world.ok(["install", `ocx:${tool}@${fixed}`]);
    expect(versions(world, toolDir)).toEqual([fixed]);
    expect(world.ok(["exec", `ocx:${tool}@${fixed}`, "--", tool.split("/").pop() ?? "", "--version"]).stdout).toContain(fixed);
  });
});
