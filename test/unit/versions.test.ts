import { describe, expect, it } from "vitest";
import { compareVersions, nearestVersions, parseTag, parseVersion, selectVersions, tagFor } from "../../src/lib/versions";

const v = (text: string) => {
  const parsed = parseVersion(text);
  if (parsed === undefined) throw new Error(`not a version: ${text}`);
  return parsed;
};

describe("parseVersion", () => {
  it("takes full X.Y.Z versions with an optional prerelease", () => {
    expect(parseVersion("0.11.0")).toEqual({ major: 0, minor: 11, patch: 0, prerelease: [] });
    expect(parseVersion("1.0.0-rc.1")).toEqual({ major: 1, minor: 0, patch: 0, prerelease: ["rc", "1"] });
  });
  it.each(["0", "0.11", "latest", "3.28.1_20260216", "v1.0.0", "1.0.0.0", "1.a.0", "1.0.0-", "1.0.0-rc..1", "", "01.0.0", "1.00.0"])(
    "refuses %j (rolling, build leaf or not a version)",
    (text) => expect(parseVersion(text)).toBeUndefined(),
  );
});

describe("parseTag", () => {
  it("splits a variant prefix from the version", () => {
    expect(parseTag("slim-3.13.14")).toMatchObject({ variant: "slim", text: "3.13.14" });
    expect(parseTag("3.13.14-rc1")).toMatchObject({ variant: "", text: "3.13.14-rc1" });
    expect(parseTag("debug")).toMatchObject({ variant: "", version: undefined });
  });
});

describe("compareVersions", () => {
  it("orders numerically, a prerelease before its release, identifiers per semver", () => {
    const sorted = ["1.0.0", "0.10.0", "0.9.0", "1.0.0-rc.1", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-rc.10", "1.0.0-rc.2", "1.0.0-beta"]
      .map(v)
      .sort(compareVersions);
    expect(sorted.map((x) => `${x.major}.${x.minor}.${x.patch}${x.prerelease.length ? `-${x.prerelease.join(".")}` : ""}`)).toEqual([
      "0.9.0",
      "0.10.0",
      "1.0.0-alpha",
      "1.0.0-alpha.1",
      "1.0.0-beta",
      "1.0.0-rc.1",
      "1.0.0-rc.2",
      "1.0.0-rc.10",
      "1.0.0",
    ]);
  });
});

describe("selectVersions", () => {
  const tags = ["0", "0.10", "0.10.0", "0.11", "0.11.0", "0.12.0-rc1", "0.9", "0.9.0", "0.9.0_20250101120000", "__ocx.desc", "latest", "sha256.abc", "sha256-abc.sig", "slim", "slim-0.11", "slim-0.11.0"];
  it("keeps full versions of the default variant, ascending, prerelease included", () => {
    expect(selectVersions(tags, "")).toEqual(["0.9.0", "0.10.0", "0.11.0", "0.12.0-rc1"]);
  });
  it("lists a variant's versions without the prefix", () => {
    expect(selectVersions(tags, "slim")).toEqual(["0.11.0"]);
  });
  it("drops duplicates and is empty when nothing is a version", () => {
    expect(selectVersions(["1.0.0", "1.0.0"], "")).toEqual(["1.0.0"]);
    expect(selectVersions(["latest", "1", "1.2"], "")).toEqual([]);
  });
  it("tagFor puts the variant back", () => {
    expect(tagFor("0.11.0", "slim")).toBe("slim-0.11.0");
    expect(tagFor("0.11.0", "")).toBe("0.11.0");
  });
});

describe("nearestVersions", () => {
  const available = ["0.8.0", "0.9.0", "0.10.0", "0.11.0", "0.12.0", "1.0.0", "2.0.0"];
  it("centres on where the request would sort", () => {
    expect(nearestVersions("0.11.5", available, 3)).toEqual(["0.11.0", "0.12.0", "1.0.0"]);
    expect(nearestVersions("0.0.1", available, 3)).toEqual(["0.8.0", "0.9.0", "0.10.0"]);
    expect(nearestVersions("9.0.0", available, 3)).toEqual(["0.12.0", "1.0.0", "2.0.0"]);
  });
  it("reads a rolling request as its lowest version, and a word as the newest", () => {
    expect(nearestVersions("0.11", available, 2)).toEqual(["0.10.0", "0.11.0"]);
    expect(nearestVersions("latest", available, 2)).toEqual(["1.0.0", "2.0.0"]);
  });
});
