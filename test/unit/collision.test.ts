import { describe, expect, it } from "vitest";
import { assertNoCollision } from "../../src/lib/collision";
import { miseToolDir } from "../../src/lib/mise_paths";
import { FakeHost, raised } from "../support/fake-host";

describe("miseToolDir", () => {
  it.each([
    ["ocx.sh/shellcheck", "ocx-ocx-sh-shellcheck"],
    ["ocx-sh/shellcheck", "ocx-ocx-sh-shellcheck"],
    ["ghcr.io/myorg/internal-tool", "ocx-ghcr-io-myorg-internal-tool"],
    ["localhost:5000/a__b/c", "ocx-localhost-5000-a-b-c"],
  ])("files ocx:%s under installs/%s, as mise does", (tool, dir) => {
    expect(miseToolDir("ocx", tool)).toBe(dir);
  });
});

describe("assertNoCollision", () => {
  const receipt = (tool: string) => JSON.stringify({ schema: 1, tool });
  const host = () => {
    const h = new FakeHost([]);
    h.files.set("/mise/installs/ocx-ocx-sh-shellcheck/0.11.0/.mise-ocx.json", receipt("ocx.sh/shellcheck"));
    return h;
  };
  it("lets the identifier that owns the folder through, and any identifier with no folder", () => {
    expect(() => assertNoCollision(host(), "ocx.sh/shellcheck")).not.toThrow();
    expect(() => assertNoCollision(host(), "ghcr.io/other/tool")).not.toThrow();
  });
  it("stops another identifier that mise would file in the same folder", () => {
    expect(raised(() => assertNoCollision(host(), "ocx-sh/shellcheck"))).toBe(
      "mise-ocx: ocx:ocx-sh/shellcheck: mise keeps this tool in the same folder as ocx:ocx.sh/shellcheck (/mise/installs/ocx-ocx-sh-shellcheck), which is installed; uninstall it first ('mise uninstall --all ocx:ocx.sh/shellcheck') or use one identifier only",
    );
  });
});
