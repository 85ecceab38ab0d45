import { describe, expect, it } from "vitest";
import { composeEnv, relocator } from "../../src/lib/env";
import type { EnvEntry } from "../../src/lib/package_env";

const keep = (value: string) => value;

describe("composeEnv", () => {
  it("puts the last path entry first, one PATH entry per directory", () => {
    const entries: EnvEntry[] = [
      { key: "PATH", value: "/dep/bin", type: "path" },
      { key: "PATH", value: "/pkg/bin", type: "path" },
      { key: "PATH", value: "/dep/bin", type: "path" },
    ];
    expect(composeEnv(entries, ":", keep)).toEqual([
      { key: "PATH", value: "/dep/bin" },
      { key: "PATH", value: "/pkg/bin" },
    ]);
  });
  it("replaces constants, appends lists with their separator, joins other path variables", () => {
    const entries: EnvEntry[] = [
      { key: "JAVA_HOME", value: "/old", type: "constant" },
      { key: "JAVA_HOME", value: "/new", type: "constant" },
      { key: "FEATURES", value: "color", type: "list", separator: "," },
      { key: "FEATURES", value: "json", type: "list", separator: ";" },
      { key: "FEATURES", value: "color", type: "list" },
      { key: "FEATURES", value: "", type: "list" },
      { key: "SPACED", value: "a", type: "list" },
      { key: "SPACED", value: "b", type: "list" },
      { key: "LATE", value: "a", type: "list" },
      { key: "LATE", value: "b", type: "list", separator: ";" },
      { key: "MANPATH", value: "/a/man", type: "path" },
      { key: "MANPATH", value: "/b/man", type: "path" },
    ];
    expect(composeEnv(entries, ":", keep)).toEqual([
      { key: "JAVA_HOME", value: "/new" },
      { key: "FEATURES", value: "json,color" },
      { key: "SPACED", value: "a b" },
      { key: "LATE", value: "a;b" },
      { key: "MANPATH", value: "/b/man:/a/man" },
    ]);
  });
  it("relocates values inside the store to mise's install folder", () => {
    const relocate = relocator([{ from: "/store/pkg/content", to: "/mise/installs/t/1.0.0/content" }]);
    const entries: EnvEntry[] = [
      { key: "PATH", value: "/store/pkg/content/bin", type: "path" },
      { key: "T_HOME", value: "/store/pkg/content", type: "constant" },
      { key: "OTHER", value: "/store/pkg/contents", type: "constant" },
    ];
    expect(composeEnv(entries, ":", relocate)).toEqual([
      { key: "PATH", value: "/mise/installs/t/1.0.0/content/bin" },
      { key: "T_HOME", value: "/mise/installs/t/1.0.0/content" },
      { key: "OTHER", value: "/store/pkg/contents" },
    ]);
  });
});
