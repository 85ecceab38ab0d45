import { describe, expect, it } from "vitest";
import { miseCacheDir, parseDuration, readTags } from "../../src/lib/cache";
import { availableVersions } from "../../src/lib/list";
import { parseRequest } from "../../src/lib/request";
import { exit, FakeHost, ok, raised } from "../support/fake-host";

const TOOL = "ghcr.io/myorg/internal-tool";
const CACHE = "/cache/mise/ocx-ghcr-io-myorg-internal-tool/mise-ocx-tags.json";
const REMOTE = ["--format", "json", "--color", "never", "--remote", "index", "list", TOOL];
const request = (options?: ToolOptions) => parseRequest(TOOL, options, () => {});

function registry(tags: string[]): FakeHost {
  const host = new FakeHost([
    { match: ["--remote", "index", "list"], reply: ok({ [TOOL]: tags }) },
    { match: ["index", "list"], reply: ok({ [TOOL]: ["1.0.0"] }) },
  ]);
  host.variables.set("MISE_CACHE_DIR", "/cache/mise");
  return host;
}

describe("parseDuration", () => {
  it.each([
    ["3600", 3600],
    ["90s", 90],
    ["30m", 1800],
    ["1h", 3600],
    ["2d", 172800],
    ["0", 0],
  ])("%s is %i seconds", (text, seconds) => expect(parseDuration(text)).toBe(seconds));
  it.each(["", "1w", "h", "-1", "1.5h", "1 h", "9999999999"])("refuses %j", (text) => expect(parseDuration(text)).toBeUndefined());
});

describe("miseCacheDir", () => {
  const dir = (os: string, env: Record<string, string>) => {
    const host = new FakeHost([]);
    Object.assign(host, { os });
    for (const [k, v] of Object.entries(env)) host.variables.set(k, v);
    return miseCacheDir(host);
  };
  it("follows mise: MISE_CACHE_DIR, else XDG_CACHE_HOME/mise, else the OS default", () => {
    expect(dir("linux", { MISE_CACHE_DIR: "/c", XDG_CACHE_HOME: "/x", HOME: "/h" })).toBe("/c");
    expect(dir("linux", { XDG_CACHE_HOME: "/x", HOME: "/h" })).toBe("/x/mise");
    expect(dir("linux", { HOME: "/h" })).toBe("/h/.cache/mise");
    expect(dir("darwin", { HOME: "/h" })).toBe("/h/Library/Caches/mise");
  });
});

describe("the version-list cache", () => {
  it("answers from a fresh cache without asking ocx, keyed by the identifier", () => {
    const host = registry(["1.0.0", "1.1.0"]);
    expect(availableVersions(host.ocx, request())).toEqual(["1.0.0", "1.1.0"]);
    expect(readTags(host, TOOL)).toEqual({ tags: ["1.0.0", "1.1.0"], fetchedAt: host.clock });
    host.clock += 3599;
    expect(availableVersions(host.ocx, request({ variant: "slim" }))).toEqual([]);
    expect(host.calls).toEqual([REMOTE]);
    expect(host.files.has(CACHE)).toBe(true);
  });
  it("asks the registry again once the hour is over, or at once with cache_ttl = 0", () => {
    const host = registry(["1.0.0"]);
    availableVersions(host.ocx, request());
    host.clock += 3600;
    availableVersions(host.ocx, request());
    availableVersions(host.ocx, request({ cache_ttl: "0" }));
    expect(host.calls).toEqual([REMOTE, REMOTE, REMOTE]);
  });
  it("takes its lifetime from MISE_OCX_CACHE_TTL unless the tool option says otherwise", () => {
    const host = registry(["1.0.0"]);
    host.variables.set("MISE_OCX_CACHE_TTL", "10m");
    availableVersions(host.ocx, request());
    host.clock += 700;
    availableVersions(host.ocx, request());
    host.clock += 1;
    availableVersions(host.ocx, request({ cache_ttl: "1d" }));
    expect(host.calls).toHaveLength(2);
  });
  it("is a miss when the default registry a short identifier resolves against changed", () => {
    const host = registry(["1.0.0"]);
    availableVersions(host.ocx, request());
    host.variables.set("OCX_DEFAULT_REGISTRY", "registry.example.com");
    availableVersions(host.ocx, request());
    expect(host.calls).toHaveLength(2);
  });
  it("answers from a stale cache, with its age, when the registry is unreachable", () => {
    const host = registry(["1.0.0", "2.0.0"]);
    availableVersions(host.ocx, request());
    host.clock += 7200;
    const down = new FakeHost([{ match: ["--remote"], reply: exit(75) }]);
    Object.assign(down, { files: host.files, variables: host.variables, clock: host.clock });
    expect(availableVersions(down.ocx, request())).toEqual(["1.0.0", "2.0.0"]);
    expect(down.warnings).toEqual([`ocx:${TOOL}: the registry could not list versions (exit 75); listing versions cached 120 min ago`]);
  });
  it("with MISE_OFFLINE, never asks the registry and says where the list came from", () => {
    const host = registry(["1.0.0", "2.0.0"]);
    host.variables.set("MISE_OFFLINE", "1");
    expect(availableVersions(host.ocx, request())).toEqual(["1.0.0"]);
    expect(host.calls.map((c) => c.join(" "))).toEqual([`--format json --color never index list ${TOOL}`]);
    expect(host.warnings).toEqual([`ocx:${TOOL}: offline (MISE_OFFLINE, OCX_OFFLINE or OCX_FROZEN); listing versions from OCX's local index (what this machine has installed)`]);
  });
  it("offline with nothing on this machine, says so without asking the registry", () => {
    const host = new FakeHost([{ match: ["index", "list"], reply: ok({ [TOOL]: [] }) }]);
    host.variables.set("OCX_OFFLINE", "yes");
    expect(raised(() => availableVersions(host.ocx, request()))).toBe(
      `mise-ocx: ocx:${TOOL}: not available offline (exit 81); go online once, or run 'ocx index update ${TOOL}'`,
    );
    expect(host.calls.every((c) => !c.includes("--remote"))).toBe(true);
  });
  it("falls back when the registry times out, and a cache that cannot be written only warns", () => {
    const host = new FakeHost([
      { match: ["--remote"], reply: { code: -1, stdout: "", stderr: "" } },
      { match: ["index", "list"], reply: ok({ [TOOL]: ["1.0.0"] }) },
    ]);
    expect(availableVersions(host.ocx, request())).toEqual(["1.0.0"]);
    expect(host.warnings[0]).toContain("the registry did not answer in time; listing versions from OCX's local index");
    const readOnly = registry(["1.0.0"]);
    readOnly.makeDirs = () => {
      throw new Error("mkdir: Permission denied");
    };
    expect(availableVersions(readOnly.ocx, request())).toEqual(["1.0.0"]);
    expect(readOnly.warnings[0]).toContain(`could not cache the version list of ocx:${TOOL}`);
  });
  it("with MISE_PREFER_OFFLINE, takes a cached list however old", () => {
    const host = registry(["1.0.0", "2.0.0"]);
    availableVersions(host.ocx, request());
    host.clock += 86400;
    host.variables.set("MISE_PREFER_OFFLINE", "true");
    expect(availableVersions(host.ocx, request())).toEqual(["1.0.0", "2.0.0"]);
    expect(host.calls).toHaveLength(1);
  });
  it("refuses a cache_ttl that is not a duration", () => {
    expect(raised(() => request({ cache_ttl: "soon" }))).toBe(
      `mise-ocx: ocx:${TOOL}: the option 'cache_ttl' must be a duration such as 3600, 90s, 30m, 1h or 0 (no cache)`,
    );
  });
});
