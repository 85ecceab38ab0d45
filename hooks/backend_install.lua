local ____exports = {}
local ____install = require("lib.install")
local installVersion = ____install.installVersion
local ____locate = require("lib.locate")
local checkOcxVersion = ____locate.checkOcxVersion
local locateOcx = ____locate.locateOcx
local ____mise_host = require("lib.mise_host")
local miseHost = ____mise_host.miseHost
local ____request = require("lib.request")
local forVersion = ____request.forVersion
local parseRequest = ____request.parseRequest
PLUGIN.BackendInstall = function(self, ctx)
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
return ____exports
