PLUGIN.BackendListVersions = function(self, ctx)
    local ____require_result_0 = require("lib.mise_host")
    local miseHost = ____require_result_0.miseHost
    local ____require_result_1 = require("lib.request")
    local parseRequest = ____require_result_1.parseRequest
    local ____require_result_2 = require("lib.collision")
    local assertNoCollision = ____require_result_2.assertNoCollision
    local ____require_result_3 = require("lib.locate")
    local locateOcx = ____require_result_3.locateOcx
    local ____require_result_4 = require("lib.list")
    local availableVersions = ____require_result_4.availableVersions
    local host = miseHost()
    local request = parseRequest(ctx.tool, ctx.options, host.warn)
    assertNoCollision(host, request.tool)
    return {versions = availableVersions(
        locateOcx(host, request),
        request
    )}
end
