local ____lualib = require("lualib_bundle")
local __TS__ArrayIsArray = ____lualib.__TS__ArrayIsArray
local __TS__ArrayIncludes = ____lualib.__TS__ArrayIncludes
local ____exports = {}
local ____errors = require("lib.errors")
local EXIT = ____errors.EXIT
local ____ocx = require("lib.ocx")
local failWith = ____ocx.failWith
local listTags = ____ocx.listTags
local ____versions = require("lib.versions")
local selectVersions = ____versions.selectVersions
--- Failures where the local index may still know the answer.
local OFFLINE_CODES = {EXIT.transient, EXIT.unavailable, EXIT.offline}
function ____exports.availableVersions(ocx, request)
    local remote = listTags(ocx, request, true)
    if __TS__ArrayIsArray(remote) then
        return selectVersions(remote, request.variant)
    end
    if __TS__ArrayIncludes(OFFLINE_CODES, remote.code) then
        local ____local = listTags(ocx, request, false)
        if __TS__ArrayIsArray(____local) and #____local > 0 then
            ocx.host.warn(((request.label .. ": the registry is unreachable (exit ") .. tostring(remote.code)) .. "); listing versions from OCX's local index")
            return selectVersions(____local, request.variant)
        end
    end
    return failWith(request, remote)
end
return ____exports
