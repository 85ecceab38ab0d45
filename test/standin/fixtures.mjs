// @ts-check
// The fixture registry the tests and the demo share: the three tools of the user story, with
// rolling tags, `latest`, a `_build` leaf, a prerelease, a variant and env entries of all three types.
import { publish } from "./registry.mjs";

export const SHELLCHECK = "ocx.sh/shellcheck";
export const CMAKE = "ocx.sh/cmake";
export const INTERNAL_TOOL = "ghcr.io/myorg/internal-tool";

/** @param {string} name */
function toolEnv(name) {
  const upper = name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
  return /** @type {import("./registry.mjs").MetadataEnv[]} */ ([
    { key: "PATH", type: "path", value: "${installPath}/bin", visibility: "public" },
    { key: `${upper}_HOME`, type: "constant", value: "${installPath}", visibility: "public" },
    { key: `${upper}_FEATURES`, type: "list", value: "color", separator: ",", visibility: "public" },
    { key: `${upper}_FEATURES`, type: "list", value: "json", separator: ",", visibility: "public" },
    { key: `${upper}_PRIVATE`, type: "constant", value: "hidden", visibility: "private" },
  ]);
}

/** Builds the registry under `dir`. @param {string} dir */
export function buildFixtureRegistry(dir) {
  const sc = (/** @type {string} */ version, /** @type {string[]} */ tags) => publish(dir, { repository: SHELLCHECK, version, tags, bin: "shellcheck", env: toolEnv("shellcheck") });
  sc("0.9.0", ["0.9.0", "0.9", "0.9.0_20250101120000"]);
  sc("0.10.0", ["0.10.0", "0.10"]);
  sc("0.11.0", ["0.11.0", "0.11", "0", "latest"]);
  sc("0.12.0-rc1", ["0.12.0-rc1"]);
  publish(dir, { repository: SHELLCHECK, version: "0.11.0-slim", tags: ["slim-0.11.0", "slim-0.11", "slim"], bin: "shellcheck" });

  const cm = (/** @type {string} */ version, /** @type {string[]} */ tags) => publish(dir, { repository: CMAKE, version, tags, bin: "cmake", env: toolEnv("cmake") });
  cm("3.27.9", ["3.27.9", "3.27"]);
  cm("3.28.1", ["3.28.1", "3.28.1_20260216120000", "3.28", "3", "latest"]);

  const it = (/** @type {string} */ version, /** @type {string[]} */ tags) => publish(dir, { repository: INTERNAL_TOOL, version, tags, bin: "internal-tool", env: toolEnv("internal-tool") });
  it("1.5.0", ["1.5.0"]);
  it("1.5.2", ["1.5.2", "1.5", "1"]);
  it("2.0.0", ["2.0.0", "2.0", "2", "latest"]);
}
