local ____exports = {}
local suggestions, SUGGESTIONS
local ____errors = require("lib.errors")
local EXIT = ____errors.EXIT
local ____host = require("lib.host")
local envFlag = ____host.envFlag
local ____list = require("lib.list")
local versionsIfKnown = ____list.versionsIfKnown
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
    local known = versionsIfKnown(ocx, request)
    return #known == 0 and "" or "; available versions near it: " .. table.concat(
        nearestVersions(request.version, known, SUGGESTIONS),
        ", "
    )
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
