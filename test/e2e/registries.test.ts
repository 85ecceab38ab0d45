// Private registries, any registry, offline installs and tool options, through the real mise.
// Auth reaches ocx untouched by every route ocx supports; no secret shows up anywhere mise-ocx
// or mise writes.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { protect, publish } from "../standin/registry.mjs";
import { MiseWorld, STANDIN_BIN } from "../support/world.mjs";

const TOOL = "ghcr.io/myorg/internal-tool";
const USER = "ci-bot";
const SECRET = "s3cr3t-T0ken-9f2c";

/** Every file under `dir`, as text. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(full);
      else if (stat?.isFile()) out.push(readFileSync(full, "latin1"));
    }
  };
  walk(dir);
  return out;
}

/** A world whose internal-tool needs USER/SECRET; mise's own log goes to a file we can search. */
function privateWorld(): MiseWorld {
  const world = new MiseWorld();
  protect(world.registry, TOOL, { user: USER, token: SECRET });
  world.installPlugin();
  return world;
}

/** Installs and runs the private tool, then searches mise's output, log, dirs and the receipt for the secret. */
function installAndAssertNoLeak(world: MiseWorld, env: Record<string, string>) {
  world.extraEnv = { ...env, MISE_LOG_FILE: join(world.root, "mise.log"), MISE_LOG_FILE_LEVEL: "debug" };
  const outputs = [world.ok(["install", `ocx:${TOOL}@1.5.2`]).output];
  outputs.push(world.ok(["exec", `ocx:${TOOL}@1.5.2`, "--", "internal-tool", "--version"]).output);
  expect(outputs[1]).toContain("internal-tool version 1.5.2");
  const written = [...filesUnder(join(world.root, "mise")), readFileSync(join(world.root, "mise.log"), "latin1")];
  const encoded = Buffer.from(`${USER}:${SECRET}`).toString("base64");
  for (const text of [...outputs, ...written]) {
    expect(text.includes(SECRET) || text.includes(encoded)).toBe(false);
  }
  expect(readFileSync(join(world.installDir("ocx-ghcr-io-myorg-internal-tool", "1.5.2"), ".mise-ocx.json"), "utf8")).not.toContain(SECRET);
}

describe("private registries: every route ocx supports", () => {
  it("OCX_AUTH_<host>_USER/_TOKEN", () => {
    installAndAssertNoLeak(privateWorld(), { OCX_AUTH_ghcr_io_USER: USER, OCX_AUTH_ghcr_io_TOKEN: SECRET });
  });

  it("a wrong token ends in the exit-80 message naming the host and both fixes, without the token", () => {
    const world = privateWorld();
    world.extraEnv = { OCX_AUTH_ghcr_io_USER: USER, OCX_AUTH_ghcr_io_TOKEN: "wrong-token-77" };
    const run = world.mise(["install", `ocx:${TOOL}@1.5.2`]);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(
      `mise-ocx: ocx:${TOOL}: ghcr.io refused access (exit 80); run 'ocx login ghcr.io' or set OCX_AUTH_ghcr_io_TOKEN (ocx: authentication with ghcr.io failed: 401 Unauthorized)`,
    );
    expect(run.output).not.toContain("wrong-token-77");
  });

  it("DOCKER_CONFIG with auths", () => {
    const world = privateWorld();
    const docker = world.dir("docker");
    writeFileSync(join(docker, "config.json"), JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(`${USER}:${SECRET}`).toString("base64") } } }));
    installAndAssertNoLeak(world, { DOCKER_CONFIG: docker });
  });

  it.each(["credHelpers", "credsStore"])("DOCKER_CONFIG with %s (a docker-credential helper)", (kind) => {
    const world = privateWorld();
    const docker = world.dir("docker");
    const helpers = world.dir("helpers");
    const helper = join(helpers, "docker-credential-mise-ocx-test");
    writeFileSync(helper, `#!/bin/sh\nread host\necho '{"ServerURL":"'"$host"'","Username":"${USER}","Secret":"${SECRET}"}'\n`, { mode: 0o755 });
    const config = kind === "credHelpers" ? { credHelpers: { "ghcr.io": "mise-ocx-test" } } : { credsStore: "mise-ocx-test" };
    writeFileSync(join(docker, "config.json"), JSON.stringify(config));
    world.pathDirs = [STANDIN_BIN, helpers];
    installAndAssertNoLeak(world, { DOCKER_CONFIG: docker });
  });

  it("ocx login", () => {
    const world = privateWorld();
    const docker = world.dir("docker");
    const login = spawnSync(join(STANDIN_BIN, "ocx"), ["login", "-u", USER, "--password-stdin", "--allow-insecure-store", "ghcr.io"], {
      input: `${SECRET}\n`,
      env: { ...world.env(), DOCKER_CONFIG: docker },
      encoding: "utf8",
    });
    expect(login.status, login.stderr).toBe(0);
    installAndAssertNoLeak(world, { DOCKER_CONFIG: docker });
  });
});

describe("any registry", () => {
  it("a registry with a port, authenticated by its slug", () => {
    const world = new MiseWorld();
    const id = "registry.example.com:5000/team/tool";
    publish(world.registry, { repository: id, version: "2.1.0", tags: ["2.1.0", "2.1", "latest"], bin: "tool" });
    protect(world.registry, id, { token: SECRET });
    world.installPlugin();
    world.extraEnv = { OCX_AUTH_registry_example_com_5000_TOKEN: SECRET };
    world.writeConfig(`[tools]\n"ocx:${id}" = "2.1"\n`);
    world.ok(["install"]);
    expect(world.ok(["exec", "--", "tool", "--version"]).stdout).toBe("tool version 2.1.0\n");
    expect(world.ocxCommands()).toContain(`--format json --color never package install ${id}:2.1.0`);
  });

  it("a mirror set in ocx's configuration (OCX_MIRRORS) serves the package, authenticated as the mirror", () => {
    const world = new MiseWorld();
    const mirror = "mirror.internal:5000";
    publish(world.registry, { repository: `${mirror}/myorg/mirrored`, version: "3.0.0", bin: "mirrored" });
    protect(world.registry, `${mirror}/myorg/mirrored`, { token: SECRET });
    world.installPlugin();
    world.extraEnv = { OCX_MIRRORS: JSON.stringify({ "ghcr.io": mirror }), OCX_AUTH_mirror_internal_5000_TOKEN: SECRET };
    world.ok(["install", "ocx:ghcr.io/myorg/mirrored@3.0.0"]);
    expect(world.ok(["exec", "ocx:ghcr.io/myorg/mirrored@3.0.0", "--", "mirrored", "--version"]).stdout).toBe("mirrored version 3.0.0\n");
  });

  it("a short identifier resolves against OCX_DEFAULT_REGISTRY", () => {
    const world = new MiseWorld();
    publish(world.registry, { repository: "registry.example.com:5000/team/tool", version: "2.1.0", bin: "tool" });
    world.installPlugin();
    world.extraEnv = { OCX_DEFAULT_REGISTRY: "registry.example.com:5000" };
    world.ok(["install", "ocx:team/tool@2.1.0"]);
    expect(world.ok(["exec", "ocx:team/tool@2.1.0", "--", "tool", "--version"]).stdout).toBe("tool version 2.1.0\n");
    const receipt = JSON.parse(readFileSync(join(world.installDir("ocx-team-tool", "2.1.0"), ".mise-ocx.json"), "utf8"));
    expect(receipt.pinned).toMatch(/^registry\.example\.com:5000\/team\/tool:2\.1\.0@sha256:/);
  });
});

describe("air-gapped CI: seed OCX's store once, then install with no network", () => {
  it("the second phase makes no network call", () => {
    const config = `[tools]\n"ocx:ocx.sh/shellcheck" = "0.11.0"\n"ocx:ocx.sh/cmake" = "3.28.1"\n`;
    const seed = new MiseWorld();
    seed.installPlugin();
    seed.writeConfig(config);
    seed.ok(["install"]);

    // A new machine: fresh mise dirs, OCX_HOME restored from the seed, and no registry at all.
    const ci = new MiseWorld();
    const restored = join(ci.root, "restored-ocx-home");
    cpSync(seed.ocxHome, restored, { recursive: true, verbatimSymlinks: false });
    ci.installPlugin();
    ci.writeConfig(config);
    ci.extraEnv = { OCX_HOME: restored, OCX_OFFLINE: "1", MISE_PREFER_OFFLINE: "1", OCX_STANDIN_REGISTRY: "" };
    ci.ok(["install"]);
    expect(ci.ok(["exec", "--", "sh", "-c", "shellcheck --version; cmake --version"]).stdout).toBe("shellcheck version 0.11.0\ncmake version 3.28.1\n");
    expect(ci.networkCalls()).toEqual([]);
    expect(ci.ocxCommands().filter((c) => c.includes("package install")).sort()).toEqual([
      "--format json --color never package install ocx.sh/cmake:3.28.1",
      "--format json --color never package install ocx.sh/shellcheck:0.11.0",
    ]);
  });
});

describe("tool options", () => {
  const world = new MiseWorld();
  world.installPlugin();
  const project = (name: string, toml: string) => {
    const dir = world.dir(name);
    world.writeConfig(`[tools]\n${toml}\n`, dir);
    return dir;
  };

  it("variant installs the variant's tags", () => {
    const dir = project("variant", `"ocx:ocx.sh/shellcheck" = { version = "0.11", variant = "slim" }`);
    world.ok(["install"], dir);
    expect(world.ok(["exec", "--", "shellcheck", "--version"], dir).stdout).toBe("shellcheck version 0.11.0-slim\n");
    expect(world.ocxCommands()).toContain("--format json --color never package install ocx.sh/shellcheck:slim-0.11.0");
  });

  it("the bracket form on the command line", () => {
    world.ok(["uninstall", "--all", "ocx:ocx.sh/shellcheck"]);
    world.clearCalls();
    world.ok(["install", "ocx:ocx.sh/shellcheck[variant=slim]@0.11"]);
    expect(world.ocxCommands()).toContain("--format json --color never package install ocx.sh/shellcheck:slim-0.11.0");
  });

  it("platform reaches ocx as -p", () => {
    world.clearCalls();
    world.ok(["install"], project("platform", `"ocx:ocx.sh/cmake" = { version = "3.28", platform = "linux/amd64+libc.glibc" }`));
    expect(world.ocxCommands()).toContain("--format json --color never package install -p linux/amd64+libc.glibc ocx.sh/cmake:3.28.1");
  });

  it("prerelease = false leaves prereleases out even when mise is asked for them", () => {
    const dir = project("prerelease", `"ocx:ocx.sh/shellcheck" = { version = "0.11", prerelease = false, cache_ttl = "0" }`);
    expect(world.ok(["ls-remote", "--prerelease", "ocx:ocx.sh/shellcheck"], dir).stdout.trim().split("\n")).toEqual(["0.9.0", "0.10.0", "0.11.0"]);
  });

  it("cache_ttl = 0 asks the registry every time", () => {
    const dir = project("ttl", `"ocx:ocx.sh/cmake" = { version = "3.28", cache_ttl = "0" }`);
    world.clearCalls();
    world.ok(["outdated"], dir);
    world.ok(["outdated"], dir);
    expect(world.ocxCommands().filter((c) => c.includes("--remote index list ocx.sh/cmake"))).toHaveLength(2);
  });

  it("an unknown option is reported, not silently ignored", () => {
    const run = world.ok(["ls-remote", "ocx:ocx.sh/cmake"], project("unknown", `"ocx:ocx.sh/cmake" = { version = "3.28", colour = "blue" }`));
    expect(run.stderr).toContain("mise-ocx: ocx:ocx.sh/cmake: unknown option 'colour' is ignored (known: variant, platform, ocx_bin, cache_ttl, prerelease)");
  });
});
