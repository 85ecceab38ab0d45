// Modules load when the hook is called: see backend_list_versions.ts.

// `mise exec`, `mise env`, shims, prompts: the tool's PATH and variables, from its receipt.
PLUGIN.BackendExecEnv = function (this: MisePlugin, ctx) {
  const { miseReader } = require("../lib/mise_reader") as typeof import("../lib/mise_reader");
  const { activationEnv } = require("../lib/activate") as typeof import("../lib/activate");

  return { env_vars: activationEnv(miseReader(), ctx.tool, ctx.version, ctx.install_path) };
};
