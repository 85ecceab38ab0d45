local ____lualib = require("lualib_bundle")
local __TS__ArrayFilter = ____lualib.__TS__ArrayFilter
local __TS__SparseArrayNew = ____lualib.__TS__SparseArrayNew
local __TS__SparseArrayPush = ____lualib.__TS__SparseArrayPush
local __TS__SparseArraySpread = ____lualib.__TS__SparseArraySpread
local __TS__StringStartsWith = ____lualib.__TS__StringStartsWith
local __TS__StringSlice = ____lualib.__TS__StringSlice
local ____exports = {}
--- Folds `entries` onto an empty environment. `pathSeparator` joins path-type variables other
-- than PATH; `relocate` maps a value inside OCX's store to the same place under mise's install folder.
function ____exports.composeEnv(entries, pathSeparator, relocate)
    local order = {}
    local byKey = {}
    for ____, entry in ipairs(entries) do
        local folded = byKey[entry.key]
        if folded == nil then
            folded = {key = entry.key, parts = {}, separator = nil}
            byKey[entry.key] = folded
            order[#order + 1] = folded
        end
        local value = relocate(entry.value)
        if entry.type == "constant" then
            folded.parts = {value}
        elseif entry.type == "path" then
            folded.parts = {
                value,
                unpack(__TS__ArrayFilter(
                    folded.parts,
                    function(____, p) return p ~= value end
                ))
            }
            folded.separator = pathSeparator
        elseif value ~= "" then
            local ____folded_1 = folded
            local ____array_0 = __TS__SparseArrayNew(unpack(__TS__ArrayFilter(
                folded.parts,
                function(____, p) return p ~= value end
            )))
            __TS__SparseArrayPush(____array_0, value)
            ____folded_1.parts = {__TS__SparseArraySpread(____array_0)}
            folded.separator = folded.separator or entry.separator
        end
    end
    local out = {}
    for ____, folded in ipairs(order) do
        if string.upper(folded.key) == "PATH" then
            for ____, dir in ipairs(folded.parts) do
                out[#out + 1] = {key = "PATH", value = dir}
            end
        elseif #folded.parts > 0 then
            out[#out + 1] = {
                key = folded.key,
                value = table.concat(folded.parts, folded.separator or " " or ",")
            }
        end
    end
    return out
end
--- Rewrites `value` when it lies in `from` (the store) to the same place under `to` (mise's link).
function ____exports.relocator(links)
    return function(value)
        for ____, link in ipairs(links) do
            if value == link.from then
                return link.to
            end
            if __TS__StringStartsWith(value, link.from .. "/") then
                return link.to .. __TS__StringSlice(value, #link.from)
            end
        end
        return value
    end
end
return ____exports
