local ____lualib = require("lualib_bundle")
local __TS__StringSplit = ____lualib.__TS__StringSplit
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local ____exports = {}
local ____ocx = require("lib.ocx")
local parsePackageEnv = ____ocx.parsePackageEnv
____exports.RECEIPT_FILE = ".mise-ocx.json"
____exports.RECEIPT_SCHEMA = 1
--- The store's root: a package root is `<OCX_HOME>/packages/<registry>/sha256/<2hex>/<30hex>`.
function ____exports.ocxHomeOf(root)
    local parts = __TS__StringSplit(root, "/")
    return table.concat(
        __TS__ArraySlice(
            parts,
            0,
            math.max(0, #parts - 5)
        ),
        "/"
    )
end
--- A decoded receipt, or why it cannot be used.
function ____exports.parseReceipt(value)
    if type(value) ~= "table" or value == nil then
        return "it is not a JSON object"
    end
    local r = value
    if r.schema ~= ____exports.RECEIPT_SCHEMA then
        return (("it has schema " .. tostring(r.schema)) .. ", this plugin reads ") .. tostring(____exports.RECEIPT_SCHEMA)
    end
    for ____, field in ipairs({
        "tool",
        "version",
        "tag",
        "pinned",
        "root",
        "ocxHome",
        "ocx"
    }) do
        if type(r[field]) ~= "string" then
            return ("its field '" .. field) .. "' is missing"
        end
    end
    local env = parsePackageEnv(r.env)
    if env == nil then
        return "its environment is malformed"
    end
    return __TS__ObjectAssign({}, r, {env = env})
end
return ____exports
