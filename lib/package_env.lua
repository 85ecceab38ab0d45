local ____lualib = require("lualib_bundle")
local __TS__ArrayIsArray = ____lualib.__TS__ArrayIsArray
local ____exports = {}
function ____exports.isRecord(value)
    return type(value) == "table" and value ~= nil
end
local function declared(list)
    if not __TS__ArrayIsArray(list) then
        return nil
    end
    local out = {}
    for ____, item in ipairs(list) do
        if not ____exports.isRecord(item) or type(item.name) ~= "string" then
            return nil
        end
        out[#out + 1] = {
            name = item.name,
            package = type(item.package) == "string" and item.package or nil
        }
    end
    return out
end
--- The report as the plugin uses it, or undefined when its shape is not ocx 0.5's.
function ____exports.parsePackageEnv(report)
    if not ____exports.isRecord(report) or not __TS__ArrayIsArray(report.entries) then
        return nil
    end
    local entries = {}
    for ____, item in ipairs(report.entries) do
        if not ____exports.isRecord(item) or type(item.key) ~= "string" or type(item.value) ~= "string" then
            return nil
        end
        local ____type = item.type
        if ____type ~= "path" and ____type ~= "constant" and ____type ~= "list" then
            return nil
        end
        local separator = type(item.separator) == "string" and item.separator or nil
        entries[#entries + 1] = {key = item.key, value = item.value, type = ____type, separator = separator}
    end
    local binaries = report.binaries == nil and ({}) or declared(report.binaries)
    local entrypoints = report.entrypoints == nil and ({}) or declared(report.entrypoints)
    if binaries == nil or entrypoints == nil then
        return nil
    end
    return {entries = entries, binaries = binaries, entrypoints = entrypoints}
end
return ____exports
