local ____exports = {}
local ____activate = require("lib.activate")
local activationEnv = ____activate.activationEnv
local ____mise_host = require("lib.mise_host")
local miseHost = ____mise_host.miseHost
PLUGIN.BackendExecEnv = function(self, ctx)
    return {env_vars = activationEnv(
        miseHost(),
        ctx.tool,
        ctx.version,
        ctx.install_path
    )}
end
return ____exports
