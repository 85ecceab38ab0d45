import { activationEnv } from "../lib/activate";
import { miseHost } from "../lib/mise_host";

// `mise exec`, `mise env`, shims, prompts: the tool's PATH and variables, from its receipt.
PLUGIN.BackendExecEnv = function (this: MisePlugin, ctx) {
  return { env_vars: activationEnv(miseHost(), ctx.tool, ctx.version, ctx.install_path) };
};
