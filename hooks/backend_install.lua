PLUGIN.BackendInstall = function(self, ctx)
    local ____require_result_0 = require("lib.mise_host")
    local miseHost = ____require_result_0.miseHost
    local ____require_result_1 = require("lib.request")
    local forVersion = ____require_result_1.forVersion
    local parseRequest = ____require_result_1.parseRequest
    local ____require_result_2 = require("lib.locate")
    local checkOcxVersion = ____require_result_2.checkOcxVersion
    local locateOcx = ____require_result_2.locateOcx
    local ____require_result_3 = require("lib.install")
    local installVersion = ____require_result_3.installVersion
    local host = miseHost()
    local request = forVersion(
        parseRequest(ctx.tool, ctx.options, host.warn),
        ctx.version
    )
    local ocx = locateOcx(host, request)
    checkOcxVersion(ocx, request)
    installVersion(ocx, request, ctx.install_path)
    return {}
end
