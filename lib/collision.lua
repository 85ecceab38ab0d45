local ____exports = {}
local ____errors = require("lib.errors")
local fail = ____errors.fail
local label = ____errors.label
local ____host = require("lib.host")
local decodeOrUndefined = ____host.decodeOrUndefined
local ____mise_paths = require("lib.mise_paths")
local installsDir = ____mise_paths.installsDir
local miseToolDir = ____mise_paths.miseToolDir
local pluginName = ____mise_paths.pluginName
local ____receipt = require("lib.receipt")
local clashMessage = ____receipt.clashMessage
local RECEIPT_FILE = ____receipt.RECEIPT_FILE
--- The identifier recorded in a receipt, or undefined when the text is not a receipt.
local function receiptTool(host, text)
    local value = decodeOrUndefined(host, text)
    return type(value) == "table" and type(value.tool) == "string" and value.tool or nil
end
--- Fails when the folder mise uses for `tool` holds an install of a different identifier.
function ____exports.assertNoCollision(host, tool)
    local toolDir = (installsDir(host.pluginDir) .. "/") .. miseToolDir(
        pluginName(host.pluginDir),
        tool
    )
    for ____, versionDir in ipairs(host.listDir(toolDir)) do
        local text = host.readText((versionDir .. "/") .. RECEIPT_FILE)
        local ____temp_0
        if text == nil then
            ____temp_0 = nil
        else
            ____temp_0 = receiptTool(host, text)
        end
        local other = ____temp_0
        if other ~= nil and other ~= tool then
            fail((label(tool) .. ": ") .. clashMessage(other, toolDir))
        end
    end
end
return ____exports
