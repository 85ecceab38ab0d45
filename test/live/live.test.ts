// The user story against a real ocx and a real registry, for a maintainer with network:
//   MISE_OCX_LIVE=1 npm test   (optionally MISE_OCX_LIVE_TOOL, _VERSION, _BIN)
// Skipped, and saying why, when MISE_OCX_LIVE is unset or no real ocx is on PATH.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { MiseWorld } from "../support/world.mjs";

const TOOL = process.env.MISE_OCX_LIVE_TOOL ?? "shellcheck/shellcheck";
const VERSION = process.env.MISE_OCX_LIVE_VERSION ?? "0.11";
const BIN = process.env.MISE_OCX_LIVE_BIN ?? "shellcheck";

function realOcxVersion(): string | undefined {
  try {
    return execFileSync("ocx", ["version"], { encoding: "utf8", env: { ...process.env, OCX_STANDIN_REGISTRY: "" } }).trim();
  } catch {
    return undefined;
  }
}

const ocxVersion = process.env.MISE_OCX_LIVE === "1" ? realOcxVersion() : undefined;
const why = process.env.MISE_OCX_LIVE !== "1" ? "MISE_OCX_LIVE is not 1" : "no ocx on PATH";
if (ocxVersion === undefined) console.warn(`live suite skipped: ${why} (set MISE_OCX_LIVE=1 with a real ocx on PATH to run it)`);

describe.skipIf(ocxVersion === undefined)(`live: real ocx ${ocxVersion ?? ""} and registry, ocx:${TOOL}@${VERSION}`, () => {
  const world = new MiseWorld();
  world.pathDirs = [];

  it("installs the plugin, lists, installs and runs the tool", () => {
    world.installPlugin();
    const versions = world.ok(["ls-remote", `ocx:${TOOL}`]).stdout.trim().split("\n");
    expect(versions.length).toBeGreaterThan(0);
    world.ok(["install", `ocx:${TOOL}@${VERSION}`]);
    expect(world.ok(["ls"]).stdout).toMatch(new RegExp(`ocx:${TOOL}\\s+${VERSION.replace(/\./g, "\\.")}`));
    world.writeConfig(`[tools]\n"ocx:${TOOL}" = "${VERSION}"\n`);
    expect(world.ok(["exec", "--", BIN, "--version"]).output).toContain(VERSION);
  });
});
