local ____lualib = require("lualib_bundle")
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local __TS__ArrayPush = ____lualib.__TS__ArrayPush
local ____exports = {}
local readReceipt
local ____env = require("lib.env")
local composeEnv = ____env.composeEnv
local relocator = ____env.relocator
local ____errors = require("lib.errors")
local fail = ____errors.fail
local label = ____errors.label
local ____host = require("lib.host")
local decodeOrUndefined = ____host.decodeOrUndefined
local ____receipt = require("lib.receipt")
local clashMessage = ____receipt.clashMessage
local linkedFolders = ____receipt.linkedFolders
local parseReceipt = ____receipt.parseReceipt
local RECEIPT_FILE = ____receipt.RECEIPT_FILE
function readReceipt(host, tool, version, installPath)
    local where = label(tool, version)
    local repair = ((("run 'mise install --force ocx:" .. tool) .. "@") .. version) .. "'"
    local text = host.readText((installPath .. "/") .. RECEIPT_FILE)
    if text == nil then
        fail((((where .. ": the install is incomplete (no ") .. RECEIPT_FILE) .. "); ") .. repair)
    end
    local receipt = parseReceipt(decodeOrUndefined(host, text))
    if type(receipt) == "string" then
        fail((((where .. ": the install receipt is unreadable (") .. receipt) .. "); ") .. repair)
    end
    if receipt.tool ~= tool then
        fail((where .. ": ") .. clashMessage(receipt.tool, installPath))
    end
    if not host.exists(receipt.root .. "/content") then
        fail((where .. ": its files are gone from OCX's store (was 'ocx clean' run?); ") .. repair)
    end
    return receipt
end
function ____exports.activationEnv(host, tool, version, installPath)
    local receipt = readReceipt(host, tool, version, installPath)
    local links = __TS__ArrayMap(
        linkedFolders(receipt.env, host.os),
        function(____, folder) return {from = (receipt.root .. "/") .. folder, to = (installPath .. "/") .. folder} end
    )
    local vars = composeEnv(
        receipt.env.entries,
        host.os == "windows" and ";" or ":",
        relocator(links)
    )
    if #receipt.env.entrypoints > 0 then
        __TS__ArrayPush(vars, {key = "OCX_HOME", value = receipt.ocxHome}, {key = "OCX_BINARY_PIN", value = receipt.ocx})
    end
    return vars
end
return ____exports
