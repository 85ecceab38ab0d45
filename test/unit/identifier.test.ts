import { describe, expect, it } from "vitest";
import { authSlug, identifierProblem, registryHost, versionProblem } from "../../src/lib/identifier";

describe("identifierProblem", () => {
  it.each([
    "shellcheck",
    "shellcheck/shellcheck",
    "ocx.sh/shellcheck",
    "ocx.sh/kitware/cmake",
    "ghcr.io/myorg/internal-tool",
    "localhost:5000/acme/widget",
    "localhost/acme/widget",
    "registry.example.com:5000/team/tool",
    "ghcr.io/org/a__b/c.d/e---f",
  ])("accepts %s", (id) => {
    expect(identifierProblem(id)).toBeUndefined();
  });

  it.each([
    ["", "the identifier is empty"],
    ["--remote", "cannot start with '-'"],
    ["-p/x", "cannot start with '-'"],
    ["MyOrg/Tool", "lowercase"],
    ["ghcr.io/org/tool:1.0", "':' tag"],
    ["ghcr.io/org/tool@sha256:abc", "'@'"],
    ["a/../b", "'.' and '..'"],
    ["a/./b", "'.' and '..'"],
    ["a//b", "each part between '/'"],
    ["a/b/", "each part between '/'"],
    ["a b", "each part between '/'"],
    ["a;touch x", "each part between '/'"],
    ["a$(id)", "each part between '/'"],
    ["a`id`", "each part between '/'"],
    ["a|b", "each part between '/'"],
    ["a&b", "each part between '/'"],
    ["a>b", "each part between '/'"],
    ["a'b", "each part between '/'"],
    ['a"b', "each part between '/'"],
    ["a\nb", "each part between '/'"],
    ["a\u0000b", "each part between '/'"],
    ["tool-", "each part between '/'"],
    ["_tool", "each part between '/'"],
    ["a...b", "each part between '/'"],
    ["a___b", "each part between '/'"],
    ["shellchеck", "each part between '/'"], // Cyrillic 'е'
    ["ghcr.io:x/a", "port must be a number"],
    ["gh_cr.io/a", "DNS name"],
    ["a:1:2/b", "one ':'"],
    ["-bad.io/a", "cannot start with '-'"],
    ["bad-.io/a", "DNS name"],
    ["x".repeat(256), "longer than 255"],
  ])("rejects %j", (id, reason) => {
    expect(identifierProblem(id)).toContain(reason);
  });
});

describe("versionProblem", () => {
  it.each(["0.11.0", "1.0.0-rc.1", "3.28.1+20260216", "3.28.1_20260216", "V1", "_x"])("accepts %s", (v) => {
    expect(versionProblem(v)).toBeUndefined();
  });
  it.each([
    ["", "empty"],
    ["--select", "must start with"],
    [".1", "must start with"],
    ["1.0;rm -rf ~", "may only hold"],
    ["1.0 ", "may only hold"],
    ["1.0\n", "may only hold"],
    ["1/0", "may only hold"],
    ["1".repeat(129), "longer than 128"],
  ])("rejects %j", (v, reason) => {
    expect(versionProblem(v)).toContain(reason);
  });
});

describe("registryHost and authSlug", () => {
  it("takes the host from the first segment, else the default registry", () => {
    expect(registryHost("ghcr.io/org/tool", "ocx.sh")).toBe("ghcr.io");
    expect(registryHost("localhost:5000/a", "ocx.sh")).toBe("localhost:5000");
    expect(registryHost("kitware/cmake", "ocx.sh")).toBe("ocx.sh");
    expect(registryHost("cmake", "ocx.sh")).toBe("ocx.sh");
  });
  it("slugs hosts as ocx names its auth variables", () => {
    expect(authSlug("ghcr.io")).toBe("ghcr_io");
    expect(authSlug("localhost:5000")).toBe("localhost_5000");
    expect(authSlug("Registry.Example.com")).toBe("Registry_Example_com");
  });
});
