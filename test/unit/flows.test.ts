import { describe, expect, it } from "vitest";
import { activationEnv } from "../../src/lib/activate";
import { installVersion } from "../../src/lib/install";
import { availableVersions } from "../../src/lib/list";
import { RECEIPT_FILE } from "../../src/lib/receipt";
import { forVersion, parseRequest } from "../../src/lib/request";
import { exit, FakeHost, ok, raised, type Rule } from "../support/fake-host";

const TOOL = "ghcr.io/myorg/internal-tool";
const ROOT = "/home/u/.ocx/packages/ghcr.io/sha256/ab/cdef";
const INSTALL = "/mise/installs/ocx-ghcr-io-myorg-internal-tool/1.5.2";
const PINNED = `${TOOL}:1.5.2@sha256:${"ab".repeat(32)}`;
const TAGS = ["1", "1.5", "1.5.0", "1.5.2", "2.0.0-rc.1", "latest"];

const request = (options?: ToolOptions, warn: (m: string) => void = () => {}) => parseRequest(TOOL, options, warn);

const env = {
  entries: [
    { key: "PATH", value: `${ROOT}/content/bin`, type: "path" },
    { key: "TOOL_HOME", value: `${ROOT}/content`, type: "constant" },
  ],
  binaries: [{ name: "internal-tool", package: PINNED }],
  entrypoints: [],
  integrations: [],
  advisories: [],
};

const registry = (extra: Rule[] = []): FakeHost =>
  new FakeHost([
    ...extra,
    { match: ["--remote", "index", "list", TOOL], reply: ok({ [TOOL]: TAGS }) },
    { match: ["package", "install", `${TOOL}:1.5.2`], reply: ok({ [`${TOOL}:1.5.2`]: { identifier: PINNED, metadata: {}, path: "/c" } }) },
    { match: ["package", "which", PINNED], reply: ok({ [PINNED]: { path: ROOT, kind: "package" } }) },
    { match: ["--offline", "package", "env", PINNED], reply: ok(env) },
  ]);

describe("availableVersions", () => {
  it("asks the registry and offers real versions, ascending", () => {
    const host = registry();
    expect(availableVersions(host.ocx, request())).toEqual(["1.5.0", "1.5.2", "2.0.0-rc.1"]);
    expect(host.calls).toEqual([["--format", "json", "--color", "never", "--remote", "index", "list", TOOL]]);
  });
  it("leaves prereleases out when the prerelease option is false", () => {
    expect(availableVersions(registry().ocx, request({ prerelease: "false" }))).toEqual(["1.5.0", "1.5.2"]);
    expect(raised(() => request({ prerelease: "maybe" }))).toBe(`mise-ocx: ocx:${TOOL}: the option 'prerelease' must be true or false`);
  });
  it("falls back to the local index with a notice when the registry is unreachable", () => {
    const host = new FakeHost([
      { match: ["--remote"], reply: exit(81, "2026-01-01T00:00:00Z ERROR offline") },
      { match: ["index", "list"], reply: ok({ [TOOL]: ["1.5.0"] }) },
    ]);
    expect(availableVersions(host.ocx, request())).toEqual(["1.5.0"]);
    expect(host.warnings).toEqual([`ocx:${TOOL}: the registry could not list versions (exit 81); listing versions from OCX's local index (what this machine has installed)`]);
  });
  it("reports the registry's failure when the local index knows nothing either", () => {
    const host = new FakeHost([
      { match: ["--remote"], reply: exit(75) },
      { match: ["index", "list"], reply: ok({ [TOOL]: [] }) },
    ]);
    expect(raised(() => availableVersions(host.ocx, request()))).toContain(`mise-ocx: ocx:${TOOL}: the registry did not answer (exit 75`);
  });
  it("does not fall back on an auth failure", () => {
    const host = new FakeHost([{ match: ["--remote"], reply: exit(80) }]);
    expect(raised(() => availableVersions(host.ocx, request()))).toContain("ghcr.io refused access (exit 80)");
    expect(host.calls).toHaveLength(1);
  });
});

describe("installVersion", () => {
  it("installs through ocx, links the store's content and writes the receipt last", () => {
    const host = registry();
    installVersion(host.ocx, forVersion(request(), "1.5.2"), INSTALL);
    expect(host.calls.map((argv) => argv.slice(4))).toEqual([
      ["package", "install", `${TOOL}:1.5.2`],
      ["package", "which", PINNED],
      ["--offline", "package", "env", PINNED],
    ]);
    expect(host.links).toEqual(new Map([[`${INSTALL}/content`, `${ROOT}/content`]]));
    const receipt = JSON.parse(host.files.get(`${INSTALL}/${RECEIPT_FILE}`) ?? "");
    expect(receipt).toMatchObject({ schema: 1, tool: TOOL, version: "1.5.2", tag: "1.5.2", pinned: PINNED, root: ROOT, ocxHome: "/home/u/.ocx", ocx: "ocx" });
  });
  it("with MISE_OFFLINE, installs with ocx --offline (local index and store only)", () => {
    const host = registry();
    host.variables.set("MISE_OFFLINE", "1");
    installVersion(host.ocx, forVersion(request(), "1.5.2"), INSTALL);
    expect(host.calls[0].slice(4)).toEqual(["--offline", "package", "install", `${TOOL}:1.5.2`]);
  });
  it("installs a variant's tag", () => {
    const host = new FakeHost([{ match: ["package", "install"], reply: exit(79) }, { match: ["--remote"], reply: ok({ [TOOL]: [] }) }]);
    raised(() => installVersion(host.ocx, forVersion(request({ variant: "slim" }), "1.5.2"), INSTALL));
    expect(host.calls[0].slice(4)).toEqual(["package", "install", `${TOOL}:slim-1.5.2`]);
  });
  it("names the nearest available versions when the version does not exist", () => {
    const host = registry([{ match: ["package", "install"], reply: exit(79, "2026-01-01T00:00:00Z ERROR tag '1.5.7' not found") }]);
    expect(raised(() => installVersion(host.ocx, forVersion(request(), "1.5.7"), INSTALL))).toBe(
      `mise-ocx: ocx:${TOOL}@1.5.7: not found in the registry (exit 79); check the identifier and the version (ocx: tag '1.5.7' not found); available versions near it: 1.5.0, 1.5.2, 2.0.0-rc.1`,
    );
    expect([...host.files.keys(), ...host.links.keys()].filter((path) => path.startsWith(INSTALL))).toEqual([]);
  });
  it("leaves no receipt when a later step fails", () => {
    const host = registry([{ match: ["package", "env"], reply: exit(74) }]);
    expect(raised(() => installVersion(host.ocx, forVersion(request(), "1.5.2"), INSTALL))).toContain("ocx could not read or write its store (exit 74)");
    expect(host.files.size).toBe(0);
  });
});

describe("forVersion", () => {
  it.each(["0.11", "1", "latest", "1.0.0_2026"])("refuses the rolling or build tag %j with how to pick a version", (version) => {
    expect(raised(() => forVersion(request(), version))).toBe(
      `mise-ocx: ocx:${TOOL}@${version}: '${version}' is not an exact version (X.Y.Z); run 'mise ls-remote ocx:${TOOL}' and pick one, or go online so mise can resolve it`,
    );
  });
  it("refuses a hostile version before any command", () => {
    expect(raised(() => forVersion(request(), "1.0;touch x"))).toBe(`mise-ocx: ocx:${TOOL}@1.0;touch x: a version may only hold letters, digits, '.', '_', '-' and '+'`);
  });
});

describe("parseRequest", () => {
  it("refuses a bad identifier with the reason", () => {
    expect(raised(() => parseRequest("Org/Tool", undefined, () => {}))).toBe("mise-ocx: ocx:Org/Tool: OCI identifiers are lowercase; write the identifier in lowercase");
    expect(raised(() => parseRequest("a\nb", undefined, () => {}))).toContain("mise-ocx: ocx:a?b: each part");
  });
  it("takes variant and platform, warns about unknown options and ignores mise's own", () => {
    const warnings: string[] = [];
    const parsed = request({ variant: "slim", platform: "linux/amd64+libc.musl", postinstall: "echo", colour: "x" }, (m) => warnings.push(m));
    expect(parsed).toMatchObject({ variant: "slim", platform: "linux/amd64+libc.musl" });
    expect(warnings).toEqual([`ocx:${TOOL}: unknown option 'colour' is ignored (known: variant, platform, ocx_bin, cache_ttl, prerelease)`]);
  });
  it.each([
    [{ platform: "--offline" }, "the option 'platform' must be os/arch"],
    [{ platform: "linux/amd64;id" }, "the option 'platform' must be os/arch"],
    [{ variant: "1slim" }, "the option 'variant' must be a tag prefix"],
    [{ variant: ".x" }, "the option 'variant' must be a tag prefix"],
    [{ variant: "sl im" }, "the option 'variant' must be a tag prefix"],
    [{ variant: { nested: true } }, "the option 'variant' must be a string"],
  ])("refuses the option %j", (options, reason) => {
    expect(raised(() => request(options))).toContain(reason);
  });
});

describe("activationEnv", () => {
  const installed = () => {
    const host = registry();
    installVersion(host.ocx, forVersion(request(), "1.5.2"), INSTALL);
    host.present.add(`${ROOT}/content`);
    host.calls.length = 0;
    return host;
  };
  it("serves the environment from the receipt, under mise's folder, with no ocx call", () => {
    const host = installed();
    expect(activationEnv(host, TOOL, "1.5.2", INSTALL)).toEqual([
      { key: "PATH", value: `${INSTALL}/content/bin` },
      { key: "TOOL_HOME", value: `${INSTALL}/content` },
    ]);
    expect(host.calls).toEqual([]);
  });
  it("exports OCX_HOME and the ocx program when the package has entry points", () => {
    const host = installed();
    const path = `${INSTALL}/${RECEIPT_FILE}`;
    const receipt = JSON.parse(host.files.get(path) ?? "");
    receipt.env.entrypoints = [{ name: "tool", package: PINNED }];
    receipt.env.entries.push({ key: "PATH", value: `${ROOT}/entrypoints`, type: "path" });
    host.files.set(path, JSON.stringify(receipt));
    expect(activationEnv(host, TOOL, "1.5.2", INSTALL)).toEqual([
      { key: "PATH", value: `${INSTALL}/entrypoints` },
      { key: "PATH", value: `${INSTALL}/content/bin` },
      { key: "TOOL_HOME", value: `${INSTALL}/content` },
      { key: "OCX_HOME", value: "/home/u/.ocx" },
      { key: "OCX_BINARY_PIN", value: "ocx" },
    ]);
  });
  it("says how to repair a missing receipt, a broken one, or vanished store content", () => {
    const repair = `run 'mise install --force ocx:${TOOL}@1.5.2'`;
    expect(raised(() => activationEnv(new FakeHost([]), TOOL, "1.5.2", INSTALL))).toBe(
      `mise-ocx: ocx:${TOOL}@1.5.2: the install is incomplete (no .mise-ocx.json); ${repair}`,
    );
    const broken = new FakeHost([]);
    broken.files.set(`${INSTALL}/${RECEIPT_FILE}`, "{not json");
    expect(raised(() => activationEnv(broken, TOOL, "1.5.2", INSTALL))).toBe(
      `mise-ocx: ocx:${TOOL}@1.5.2: the install receipt is unreadable (it is not a JSON object); ${repair}`,
    );
    const host = installed();
    host.present.clear();
    host.links.clear();
    expect(raised(() => activationEnv(host, TOOL, "1.5.2", INSTALL))).toBe(
      `mise-ocx: ocx:${TOOL}@1.5.2: its files are gone from OCX's store (was 'ocx clean' run?); ${repair}`,
    );
  });
  it("on Windows, links nothing and points the environment into OCX's store", () => {
    const host = registry();
    Object.assign(host, { os: "windows" });
    installVersion(host.ocx, forVersion(request(), "1.5.2"), INSTALL);
    expect(host.links.size).toBe(0);
    host.present.add(`${ROOT}/content`);
    expect(activationEnv(host, TOOL, "1.5.2", INSTALL)).toEqual([
      { key: "PATH", value: `${ROOT}/content/bin` },
      { key: "TOOL_HOME", value: `${ROOT}/content` },
    ]);
  });
  it("refuses to serve another tool that mise filed under the same folder", () => {
    const host = installed();
    expect(raised(() => activationEnv(host, "ghcr-io/myorg/internal-tool", "1.5.2", INSTALL))).toBe(
      `mise-ocx: ocx:ghcr-io/myorg/internal-tool@1.5.2: mise keeps this tool in the same folder as ocx:${TOOL} (${INSTALL}), which is installed; uninstall it first ('mise uninstall --all ocx:${TOOL}') or use one identifier only`,
    );
  });
});
