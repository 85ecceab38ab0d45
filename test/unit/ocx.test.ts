import { describe, expect, it } from "vitest";
import { TIMED_OUT } from "../../src/lib/host";
import { call, failureMessage, installPackage, listTags, packageEnv, packageRoot } from "../../src/lib/ocx";
import { parsePackageEnv } from "../../src/lib/package_env";
import { exit, FakeHost, ok, raised } from "../support/fake-host";

const subject = { label: "ocx:ghcr.io/org/tool@1.0.0", tool: "ghcr.io/org/tool" };

describe("call", () => {
  it("puts the root flags before the subcommand", () => {
    const host = new FakeHost([{ match: [], reply: ok({}) }]);
    call(host.ocx, ["--remote", "index", "list", "x"], "query");
    expect(host.calls).toEqual([["--format", "json", "--color", "never", "--remote", "index", "list", "x"]]);
  });
  it("retries exit 75 with a growing pause and stops at the first other result", () => {
    const host = new FakeHost([
      { match: [], reply: exit(75), times: 2 },
      { match: [], reply: ok({ x: [] }) },
    ]);
    expect(call(host.ocx, ["index", "list", "x"], "query").code).toBe(0);
    expect(host.calls).toHaveLength(3);
    expect(host.sleeps).toEqual([1, 2]);
  });
  it("gives up after three tries", () => {
    const host = new FakeHost([{ match: [], reply: exit(75) }]);
    expect(call(host.ocx, ["index", "list", "x"], "query").code).toBe(75);
    expect(host.calls).toHaveLength(3);
  });
  it("does not retry other failures", () => {
    const host = new FakeHost([{ match: [], reply: exit(79) }]);
    call(host.ocx, ["index", "list", "x"], "query");
    expect(host.calls).toHaveLength(1);
  });
  it("limits queries to 120 s and installs to 1800 s, unless MISE_OCX_TIMEOUT says otherwise", () => {
    const host = new FakeHost([{ match: [], reply: ok({}) }]);
    call(host.ocx, ["index", "list", "x"], "query");
    call(host.ocx, ["package", "install", "x:1.0.0"], "install");
    host.variables.set("MISE_OCX_TIMEOUT", "7");
    expect(call(host.ocx, ["package", "install", "x:1.0.0"], "install").limitSeconds).toBe(7);
    host.variables.set("MISE_OCX_TIMEOUT", "soon");
    call(host.ocx, ["index", "list", "x"], "query");
    expect(host.limits).toEqual([120, 1800, 7, 120]);
  });
});

describe("failureMessage", () => {
  const stderr = "2026-08-20T23:55:48.669805Z ERROR first\n2026-08-20T23:55:48.669805Z ERROR the real reason: 404\n";
  it.each([
    [127, "ocx could not be run (exit 127); get it with 'mise use -g github:ocx-sh/ocx@0.5.8' (or OCX's installer: curl -fsSL https://setup.ocx.sh/sh | sh)"],
    [64, "ocx rejected the command line (exit 64); mise-ocx needs ocx >= 0.5.8"],
    [75, "the registry did not answer (exit 75, gave up after 3 tries)"],
    [79, "not found in the registry (exit 79); check the identifier and the version"],
    [80, "ghcr.io refused access (exit 80); run 'ocx login ghcr.io' or set OCX_AUTH_ghcr_io_TOKEN"],
    [81, "not available offline (exit 81); go online once, or run 'ocx index update ghcr.io/org/tool'"],
    [65, "ocx refused the package data (exit 65: bad digest, platform mismatch or yanked tag); pick another version or set the 'platform' option"],
    [69, "the registry answered but cannot serve this package (exit 69); retrying will not help"],
    [74, "ocx could not read or write its store (exit 74); check free space and permissions under OCX_HOME"],
    [77, "ocx was denied permission (exit 77)"],
    [78, "ocx's configuration is invalid (exit 78)"],
    [137, "ocx was killed by signal 9 before it finished; nothing was installed, run the command again"],
    [1, "ocx failed (exit 1)"],
    [TIMED_OUT, "ocx did not finish within 9s and was stopped; check the network, or allow longer with MISE_OCX_TIMEOUT=<seconds>"],
  ])("exit %i names the cause and the fix, with ocx's last line", (code, text) => {
    const message = failureMessage(subject, { code, stdout: "", stderr, limitSeconds: 9 });
    expect(message).toContain(`ocx:ghcr.io/org/tool@1.0.0: ${text}`);
    expect(message).toMatch(/\(ocx: the real reason: 404\)$/);
    expect(message).not.toContain("\n");
  });
  it("names the default registry for a short identifier", () => {
    expect(failureMessage({ label: "ocx:kitware/cmake", tool: "kitware/cmake" }, { ...exit(80), limitSeconds: 1 })).toContain("ocx.sh refused access");
  });
});

describe("reports", () => {
  it("lists tags keyed by the identifier as typed", () => {
    const host = new FakeHost([{ match: ["index", "list"], reply: ok({ "ghcr.io/org/tool": ["1.0.0", "latest"] }) }]);
    expect(listTags(host.ocx, subject, true)).toEqual(["1.0.0", "latest"]);
  });
  it("returns the failed run instead of tags", () => {
    const host = new FakeHost([{ match: ["index", "list"], reply: exit(80) }]);
    expect(listTags(host.ocx, subject, true)).toMatchObject({ code: 80 });
  });
  it("names output that is not JSON, or of another shape, an ocx version mismatch", () => {
    const garbage = new FakeHost([{ match: [], reply: { code: 0, stdout: "ocx.sh/x  1.0\n", stderr: "" } }]);
    expect(raised(() => listTags(garbage.ocx, subject, true))).toBe(
      "mise-ocx: ocx:ghcr.io/org/tool@1.0.0: ocx printed output that is not JSON (ocx.sh/x  1.0); mise-ocx needs ocx >= 0.5.8 (check 'ocx version')",
    );
    const oldWhich = new FakeHost([{ match: [], reply: ok({ "x@sha256:1": "/store/root" }) }]);
    expect(raised(() => packageRoot(oldWhich.ocx, subject, "x@sha256:1"))).toContain("ocx printed a 'which' report of an unexpected shape");
    const oldEnv = new FakeHost([{ match: [], reply: ok([{ key: "PATH", value: "/x", type: "path" }]) }]);
    expect(raised(() => packageEnv(oldEnv.ocx, subject, "x@sha256:1"))).toContain("an environment of an unexpected shape");
    const noDigest = new FakeHost([{ match: [], reply: ok({ "ghcr.io/org/tool:1.0.0": { identifier: "ghcr.io/org/tool:1.0.0" } }) }]);
    expect(raised(() => installPackage(noDigest.ocx, subject, "ghcr.io/org/tool:1.0.0", undefined))).toContain("an install report of an unexpected shape");
  });
  it("installs with -p only when a platform is asked for", () => {
    const report = { "t:1.0.0": { identifier: "r/t:1.0.0@sha256:ab", metadata: {}, path: "/c" } };
    const host = new FakeHost([{ match: ["package", "install"], reply: ok(report) }]);
    expect(installPackage(host.ocx, subject, "t:1.0.0", undefined)).toEqual({ pinned: "r/t:1.0.0@sha256:ab" });
    installPackage(host.ocx, subject, "t:1.0.0", "linux/arm64");
    expect(host.calls.map((c) => c.slice(4))).toEqual([
      ["package", "install", "t:1.0.0"],
      ["package", "install", "-p", "linux/arm64", "t:1.0.0"],
    ]);
  });
  it("parsePackageEnv takes all three entry types and refuses unknown ones", () => {
    const env = {
      entries: [
        { key: "PATH", value: "/p", type: "path" },
        { key: "L", value: "x", type: "list", separator: "," },
      ],
      binaries: [{ name: "t", package: "r/t@sha256:1" }],
      entrypoints: [],
      integrations: [],
      advisories: [],
    };
    expect(parsePackageEnv(env)?.entries[1]).toEqual({ key: "L", value: "x", type: "list", separator: "," });
    expect(parsePackageEnv({ ...env, entries: [{ key: "K", value: "v", type: "append" }] })).toBeUndefined();
    expect(parsePackageEnv({ entries: [] })).toEqual({ entries: [], binaries: [], entrypoints: [] });
  });
});
