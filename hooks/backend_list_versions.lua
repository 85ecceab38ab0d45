local ____exports = {}
local ____collision = require("lib.collision")
local assertNoCollision = ____collision.assertNoCollision
local ____list = require("lib.list")
local availableVersions = ____list.availableVersions
local ____locate = require("lib.locate")
local locateOcx = ____locate.locateOcx
local ____mise_host = require("lib.mise_host")
local miseHost = ____mise_host.miseHost
local ____request = require("lib.request")
local parseRequest = ____request.parseRequest
PLUGIN.BackendListVersions = function(self, ctx)
    local host = miseHost()
    local request = parseRequest(ctx.tool, ctx.options, host.warn)
    assertNoCollision(host, request.tool)
    return {versions = availableVersions(
        locateOcx(host, request),
        request
    )}
end
return ____exports
