local ____lualib = require("lualib_bundle")
local __TS__StringSplit = ____lualib.__TS__StringSplit
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local ____exports = {}
local ____package_env = require("lib.package_env")
local parsePackageEnv = ____package_env.parsePackageEnv
____exports.RECEIPT_FILE = ".mise-ocx.json"
____exports.RECEIPT_SCHEMA = 1
--- Store folders linked into the install folder, so mise shows (and `which` finds) its own paths.
-- None on Windows, where links need privileges: there the environment points into the store.
function ____exports.linkedFolders(env, os)
    if os == "windows" then
        return {}
    end
    return #env.entrypoints > 0 and ({"content", "entrypoints"}) or ({"content"})
end
--- What to say when the folder mise uses for a tool holds `other` (mise kebab-cases ids into folder names).
function ____exports.clashMessage(other, folder)
    return ((((("mise keeps this tool in the same folder as ocx:" .. other) .. " (") .. folder) .. "), which is installed; uninstall it first ('mise uninstall --all ocx:") .. other) .. "') or use one identifier only"
end
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
