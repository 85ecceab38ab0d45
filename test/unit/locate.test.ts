import { describe, expect, it } from "vitest";
import { checkOcxVersion, locateOcx } from "../../src/lib/locate";
import { parseRequest } from "../../src/lib/request";
import { exit, FakeHost, ok, raised } from "../support/fake-host";

const TOOL = "ocx.sh/shellcheck";
const MANAGED = "/mise/installs/github-ocx-sh-ocx";
const request = (options?: ToolOptions) => parseRequest(TOOL, options, () => {});
const GET_IT = "get it with 'mise use -g github:ocx-sh/ocx@0.5.8' (or OCX's installer: curl -fsSL https://setup.ocx.sh/sh | sh)";

function host(files: string[], env: Record<string, string> = {}): FakeHost {
  const h = new FakeHost([]);
  for (const file of files) h.files.set(file, "#!/bin/sh\n");
  for (const [k, v] of Object.entries(env)) h.variables.set(k, v);
  return h;
}

describe("locateOcx", () => {
  it("takes the tool option ocx_bin first, then MISE_OCX_BIN", () => {
    const h = host(["/opt/a/ocx", "/opt/b/ocx", "/usr/bin/ocx"], { MISE_OCX_BIN: "/opt/b/ocx", PATH: "/usr/bin" });
    expect(locateOcx(h, request({ ocx_bin: "/opt/a/ocx" })).program).toBe("/opt/a/ocx");
    expect(locateOcx(h, request()).program).toBe("/opt/b/ocx");
  });
  it("skips mise's shims on PATH, which would re-enter mise", () => {
    const h = host(["/mise/shims/ocx", `${MANAGED}/0.5.8/bin/ocx`], { PATH: "/mise/shims:/usr/bin" });
    expect(locateOcx(h, request()).program).toBe(`${MANAGED}/0.5.8/bin/ocx`);
  });
  it("then the first ocx on PATH, then the newest ocx mise installed", () => {
    expect(locateOcx(host(["/b/ocx", "/c/ocx"], { PATH: "/a:/b:/c" }), request()).program).toBe("/b/ocx");
    const managed = host([`${MANAGED}/0.5.8/ocx`, `${MANAGED}/0.5.10/bin/ocx`, `${MANAGED}/0.5.9/README`, `${MANAGED}/0.6.0/bin/ocx`], { PATH: "/usr/bin" });
    expect(locateOcx(managed, request()).program).toBe(`${MANAGED}/0.5.10/bin/ocx`);
  });
  it("names an override that points nowhere", () => {
    expect(raised(() => locateOcx(host([], { MISE_OCX_BIN: "/nope/ocx" }), request()))).toBe(
      `mise-ocx: ocx:${TOOL}: MISE_OCX_BIN names /nope/ocx, which does not exist; fix it or unset it`,
    );
  });
  it("says where it looked and the two ways to get ocx", () => {
    expect(raised(() => locateOcx(host([], { PATH: "/usr/bin:/bin" }), request()))).toBe(
      `mise-ocx: ocx:${TOOL}: ocx was not found (looked at the tool option ocx_bin, MISE_OCX_BIN, PATH and ${MANAGED}); ${GET_IT}, or put ocx on PATH`,
    );
  });
  it("refuses an ocx_bin that is not an absolute path", () => {
    expect(raised(() => request({ ocx_bin: "ocx" }))).toBe(`mise-ocx: ocx:${TOOL}: the option 'ocx_bin' must be the absolute path of an ocx program`);
  });
});

describe("checkOcxVersion", () => {
  const subject = { label: `ocx:${TOOL}@0.11.0`, tool: TOOL };
  const withVersion = (version: string) => new FakeHost([{ match: ["version"], reply: ok({ version, commit: {} }) }]).ocx;
  it.each(["0.5.8", "0.5.9", "0.5.12"])("accepts ocx %s", (version) => {
    expect(() => checkOcxVersion(withVersion(version), subject)).not.toThrow();
  });
  it.each(["0.3.11", "0.5.7", "0.6.0", "1.0.0", "0.5.8-rc.1"])("refuses ocx %s, naming both versions and the fix", (version) => {
    expect(raised(() => checkOcxVersion(withVersion(version), subject))).toBe(
      `mise-ocx: ocx:${TOOL}@0.11.0: mise-ocx needs ocx 0.5.8 or a later 0.5.x, but ocx is ocx ${version}; ${GET_IT}`,
    );
  });
  it("asks with root flags first and reports a failing ocx", () => {
    const h = new FakeHost([{ match: ["version"], reply: exit(78, "2026-01-01T00:00:00Z ERROR bad config") }]);
    expect(raised(() => checkOcxVersion(h.ocx, subject))).toContain("ocx's configuration is invalid (exit 78)");
    expect(h.calls[0]).toEqual(["--format", "json", "--color", "never", "version"]);
  });
});
