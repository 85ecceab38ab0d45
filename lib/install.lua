local ____exports = {}
local suggestions, availableVersionsOrNothing, SUGGESTIONS
local ____errors = require("lib.errors")
local EXIT = ____errors.EXIT
local ____host = require("lib.host")
local envFlag = ____host.envFlag
local ____list = require("lib.list")
local availableVersions = ____list.availableVersions
local ____ocx = require("lib.ocx")
local failWith = ____ocx.failWith
local installPackage = ____ocx.installPackage
local packageEnv = ____ocx.packageEnv
local packageRoot = ____ocx.packageRoot
local ____receipt = require("lib.receipt")
local linkedFolders = ____receipt.linkedFolders
local ocxHomeOf = ____receipt.ocxHomeOf
local RECEIPT_FILE = ____receipt.RECEIPT_FILE
local RECEIPT_SCHEMA = ____receipt.RECEIPT_SCHEMA
local ____versions = require("lib.versions")
local nearestVersions = ____versions.nearestVersions
function suggestions(ocx, request)
    local remote = availableVersionsOrNothing(ocx, request)
    if #remote == 0 then
        return ""
    end
    return "; available versions near it: " .. table.concat(
        nearestVersions(request.version, remote, SUGGESTIONS),
        ", "
    )
end
function availableVersionsOrNothing(ocx, request)
    do
        local function ____catch()
            return true, {}
        end
        local ____try, ____hasReturned, ____returnValue = pcall(function()
            return true, availableVersions(ocx, request)
        end)
        if not ____try then
            ____hasReturned, ____returnValue = ____catch()
        end
        if ____hasReturned then
            return ____returnValue
        end
    end
end
SUGGESTIONS = 5
function ____exports.installVersion(ocx, request, installPath)
    local reference = (request.tool .. ":") .. request.tag
    local installed = installPackage(
        ocx,
        request,
        reference,
        request.platform,
        envFlag(ocx.host, "MISE_OFFLINE")
    )
    if not (installed.pinned ~= nil) then
        local hint = installed.code == EXIT.notFound and suggestions(ocx, request) or ""
        failWith(request, installed, hint)
    end
    local root = packageRoot(ocx, request, installed.pinned)
    local env = packageEnv(ocx, request, installed.pinned)
    local host = ocx.host
    for ____, folder in ipairs(linkedFolders(env, host.os)) do
        host.symlink((root .. "/") .. folder, (installPath .. "/") .. folder)
    end
    local receipt = {
        schema = RECEIPT_SCHEMA,
        tool = request.tool,
        version = request.version,
        tag = request.tag,
        pinned = installed.pinned,
        root = root,
        ocxHome = ocxHomeOf(root),
        ocx = ocx.program,
        env = env
    }
    host.writeTextAtomic(
        (installPath .. "/") .. RECEIPT_FILE,
        host.encodeJson(receipt)
    )
end
return ____exports
