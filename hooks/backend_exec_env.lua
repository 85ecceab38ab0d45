PLUGIN.BackendExecEnv = function(self, ctx)
    local ____require_result_0 = require("lib.mise_reader")
    local miseReader = ____require_result_0.miseReader
    local ____require_result_1 = require("lib.activate")
    local activationEnv = ____require_result_1.activationEnv
    return {env_vars = activationEnv(
        miseReader(),
        ctx.tool,
        ctx.version,
        ctx.install_path
    )}
end
