local ____lualib = require("lualib_bundle")
local __TS__StringSplit = ____lualib.__TS__StringSplit
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local ____exports = {}
local ____chars = require("lib.chars")
local isLowerAlnum = ____chars.isLowerAlnum
local isUpper = ____chars.isUpper
--- The path's parts, split on `/` and (Windows) `\`.
local function parts(path)
    return __TS__StringSplit(
        table.concat(
            __TS__StringSplit(path, "\\"),
            "/"
        ),
        "/"
    )
end
function ____exports.pluginName(pluginDir)
    local all = parts(pluginDir)
    return all[#all]
end
--- `<data>/installs`.
function ____exports.installsDir(pluginDir)
    return table.concat(
        __TS__ArraySlice(
            parts(pluginDir),
            0,
            -2
        ),
        "/"
    ) .. "/installs"
end
--- The folder name mise derives from `<backend>:<tool>`: heck's kebab case, which for ids like ours is the alphanumeric runs, lowercased, joined by '-'.
function ____exports.miseToolDir(backend, tool)
    local words = {}
    local word = ""
    for ____, c in ipairs(__TS__StringSplit((backend .. ":") .. tool, "")) do
        if isLowerAlnum(c) or isUpper(c) then
            word = word .. string.lower(c)
        elseif word ~= "" then
            words[#words + 1] = word
            word = ""
        end
    end
    if word ~= "" then
        words[#words + 1] = word
    end
    return table.concat(words, "-")
end
return ____exports
