// The paths the build writes at the repo root: mise loads them as committed, so they are
// deleted before each build and must match a fresh build in CI.
export const GENERATED = ["metadata.lua", "lualib_bundle.lua", "hooks", "lib"];
