// The version-list cache through the real mise: repeated commands within its lifetime ask the
// registry nothing; `mise cache clear` or MISE_OCX_CACHE_TTL=0 ask again; with the registry down,
// the plugin answers from what this machine has, and says so.
import { describe, expect, it } from "vitest";
import { MiseWorld } from "../support/world.mjs";

const TOOLS = ["ocx.sh/shellcheck", "ocx.sh/cmake", "ghcr.io/myorg/internal-tool"];
const remoteCalls = (world: MiseWorld) => world.ocxCommands().filter((c) => c.includes("--remote"));

describe("version-list cache", () => {
  it("ls-remote, outdated and install back to back: the registry is asked once per tool, then never", () => {
    const world = new MiseWorld();
    world.installPlugin();
    world.writeConfig(`[tools]\n${TOOLS.map((t) => `"ocx:${t}" = "latest"`).join("\n")}\n`);
    const round = () => {
      for (const tool of TOOLS) world.ok(["ls-remote", `ocx:${tool}`]);
      world.ok(["outdated"]);
      world.ok(["install"]);
    };
    round();
    expect(remoteCalls(world).sort()).toEqual(TOOLS.map((t) => `--format json --color never --remote index list ${t}`).sort());
    world.clearCalls();
    round();
    round();
    expect(remoteCalls(world)).toEqual([]);
  });

  it("mise cache clear, or MISE_OCX_CACHE_TTL=0, asks the registry again", () => {
    const world = new MiseWorld();
    world.installPlugin();
    world.ok(["ls-remote", "ocx:ocx.sh/cmake"]);
    world.ok(["cache", "clear"]);
    world.ok(["ls-remote", "ocx:ocx.sh/cmake"]);
    world.extraEnv = { MISE_OCX_CACHE_TTL: "0" };
    world.ok(["ls-remote", "ocx:ocx.sh/cmake"]);
    expect(remoteCalls(world)).toHaveLength(3);
  });

  it("with the registry down, answers from the cached list, else from OCX's local index, with a notice", () => {
    const world = new MiseWorld();
    world.installPlugin();
    world.ok(["ls-remote", "ocx:ocx.sh/shellcheck"]);
    world.ok(["install", "ocx:ocx.sh/cmake@3.27.9"]);
    world.faults([{ when: "--remote", exit: 69, stderr: "registry answered 503" }]);
    world.extraEnv = { MISE_OCX_CACHE_TTL: "0" };

    const cached = world.ok(["ls-remote", "ocx:ocx.sh/shellcheck"]);
    expect(cached.stdout.trim().split("\n")).toEqual(["0.9.0", "0.10.0", "0.11.0"]);
    expect(cached.stderr).toMatch(/mise-ocx: ocx:ocx\.sh\/shellcheck: the registry could not list versions \(exit 69\); listing versions cached \d+ min ago/);

    world.ok(["cache", "clear"]);
    const local = world.ok(["ls-remote", "ocx:ocx.sh/cmake"]);
    expect(local.stdout.trim()).toBe("3.27.9");
    expect(local.stderr).toContain(
      "mise-ocx: ocx:ocx.sh/cmake: the registry could not list versions (exit 69); listing versions from OCX's local index (what this machine has installed)",
    );
  });
});
