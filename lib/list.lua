local ____lualib = require("lualib_bundle")
local __TS__ArrayIsArray = ____lualib.__TS__ArrayIsArray
local __TS__ArrayIncludes = ____lualib.__TS__ArrayIncludes
local ____exports = {}
local ____cache = require("lib.cache")
local DEFAULT_TTL_SECONDS = ____cache.DEFAULT_TTL_SECONDS
local parseDuration = ____cache.parseDuration
local readTags = ____cache.readTags
local writeTags = ____cache.writeTags
local ____errors = require("lib.errors")
local EXIT = ____errors.EXIT
local ____host = require("lib.host")
local envFlag = ____host.envFlag
local TIMED_OUT = ____host.TIMED_OUT
local ____ocx = require("lib.ocx")
local failWith = ____ocx.failWith
local listTags = ____ocx.listTags
local ____versions = require("lib.versions")
local selectVersions = ____versions.selectVersions
--- Failures where a cached list or the local index may still know the answer.
local FALLBACK_CODES = {EXIT.transient, EXIT.unavailable, EXIT.offline, TIMED_OUT}
--- Cache lifetime: the tool option `cache_ttl`, else MISE_OCX_CACHE_TTL, else one hour.
local function ttlSeconds(ocx, request)
    return request.cacheTtl or parseDuration(ocx.host.env("MISE_OCX_CACHE_TTL") or "") or DEFAULT_TTL_SECONDS
end
--- A list from this machine: the cached one however old, else OCX's local index.
local function localAnswer(ocx, request, cached, why)
    if cached ~= nil and #cached.tags > 0 then
        local minutes = math.floor((ocx.host.now() - cached.fetchedAt) / 60)
        ocx.host.warn(((((request.label .. ": ") .. why) .. "; listing versions cached ") .. tostring(minutes)) .. " min ago")
        return cached.tags
    end
    local ____local = listTags(ocx, request, false)
    if __TS__ArrayIsArray(____local) and #____local > 0 then
        ocx.host.warn(((request.label .. ": ") .. why) .. "; listing versions from OCX's local index (what this machine has installed)")
        return ____local
    end
    return nil
end
--- The tags, or the registry's failed run when nothing on this machine could answer either.
local function tags(ocx, request)
    local host = ocx.host
    local cached = readTags(host, request.tool)
    local ____temp_0
    if cached == nil then
        ____temp_0 = nil
    else
        ____temp_0 = host.now() - cached.fetchedAt
    end
    local age = ____temp_0
    if cached ~= nil and age ~= nil and age >= 0 and age < ttlSeconds(ocx, request) then
        return cached.tags
    end
    if cached ~= nil and envFlag(host, "MISE_PREFER_OFFLINE") then
        return cached.tags
    end
    if envFlag(host, "MISE_OFFLINE") or envFlag(host, "OCX_OFFLINE") or envFlag(host, "OCX_FROZEN") then
        local answer = localAnswer(ocx, request, cached, "offline (MISE_OFFLINE, OCX_OFFLINE or OCX_FROZEN)")
        return answer or ({code = EXIT.offline, stdout = "", stderr = "", limitSeconds = 0})
    end
    local remote = listTags(ocx, request, true)
    if __TS__ArrayIsArray(remote) then
        writeTags(host, request.tool, remote)
        return remote
    end
    if __TS__ArrayIncludes(FALLBACK_CODES, remote.code) then
        local why = remote.code == TIMED_OUT and "the registry did not answer in time" or ("the registry could not list versions (exit " .. tostring(remote.code)) .. ")"
        local answer = localAnswer(ocx, request, cached, why)
        if answer ~= nil then
            return answer
        end
    end
    return remote
end
function ____exports.availableVersions(ocx, request)
    local found = tags(ocx, request)
    return __TS__ArrayIsArray(found) and selectVersions(found, request.variant, request.prerelease) or failWith(request, found)
end
--- Like availableVersions, but empty when the registry cannot answer: for "did you mean" hints.
-- Not a try/catch: host calls that may yield (mise's async file functions) must not run inside
-- Lua's pcall.
function ____exports.versionsIfKnown(ocx, request)
    local found = tags(ocx, request)
    return __TS__ArrayIsArray(found) and selectVersions(found, request.variant, request.prerelease) or ({})
end
return ____exports
