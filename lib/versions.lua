local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__StringSlice = ____lualib.__TS__StringSlice
local __TS__StringSplit = ____lualib.__TS__StringSplit
local __TS__ArraySplice = ____lualib.__TS__ArraySplice
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local ____exports = {}
local tonumberSafe, padded
local ____chars = require("lib.chars")
local isAlnum = ____chars.isAlnum
local isDigit = ____chars.isDigit
local isLower = ____chars.isLower
local madeOf = ____chars.madeOf
function tonumberSafe(digits)
    local n = 0
    do
        local i = 0
        while i < #digits do
            n = n * 10 + (__TS__StringCharCodeAt(digits, i) - 48)
            i = i + 1
        end
    end
    return n
end
function padded(partial)
    local parts = __TS__StringSplit(partial, ".")
    while #parts < 3 do
        parts[#parts + 1] = "0"
    end
    return table.concat(parts, ".")
end
local MAX_NUMBER_DIGITS = 15
--- A semver number: digits, no leading zero (so `01.0.0` is not a second spelling of `1.0.0`).
local function parseNumber(text)
    if not madeOf(text, isDigit) or #text > MAX_NUMBER_DIGITS or #text > 1 and string.sub(text, 1, 1) == "0" then
        return nil
    end
    return tonumberSafe(text)
end
--- A full `X.Y.Z` or `X.Y.Z-pre` version; undefined for rolling tags, build leaves and anything else.
function ____exports.parseVersion(text)
    local dash = (string.find(text, "-", nil, true) or 0) - 1
    local core = dash < 0 and text or __TS__StringSlice(text, 0, dash)
    local ____temp_0
    if dash < 0 then
        ____temp_0 = nil
    else
        ____temp_0 = __TS__StringSlice(text, dash + 1)
    end
    local pre = ____temp_0
    local numbers = __TS__StringSplit(core, ".")
    if #numbers ~= 3 then
        return nil
    end
    local major, minor, patch = parseNumber(numbers[1]), parseNumber(numbers[2]), parseNumber(numbers[3])
    if major == nil or minor == nil or patch == nil then
        return nil
    end
    if pre == nil then
        return {major = major, minor = minor, patch = patch, prerelease = {}}
    end
    local prerelease = __TS__StringSplit(pre, ".")
    for ____, part in ipairs(prerelease) do
        if not madeOf(
            part,
            function(c) return isAlnum(c) or c == "-" end
        ) then
            return nil
        end
    end
    return {major = major, minor = minor, patch = patch, prerelease = prerelease}
end
--- Splits `[variant-]rest`; variants are `[a-z][a-z0-9.]*` and versions start with a digit.
function ____exports.parseTag(tag)
    local first = string.sub(tag, 1, 1)
    local dash = (string.find(tag, "-", nil, true) or 0) - 1
    if isLower(first) and dash > 0 then
        local variant = __TS__StringSlice(tag, 0, dash)
        if madeOf(
            variant,
            function(c) return isLower(c) or isDigit(c) or c == "." end
        ) then
            local text = __TS__StringSlice(tag, dash + 1)
            return {
                variant = variant,
                text = text,
                version = ____exports.parseVersion(text)
            }
        end
    end
    return {
        variant = "",
        text = tag,
        version = ____exports.parseVersion(tag)
    }
end
local function compareIdentifiers(a, b)
    local aNum = madeOf(a, isDigit)
    local bNum = madeOf(b, isDigit)
    if aNum and bNum then
        return tonumberSafe(a) - tonumberSafe(b)
    end
    if aNum ~= bNum then
        return aNum and -1 or 1
    end
    return a < b and -1 or (a > b and 1 or 0)
end
--- Semver precedence: numbers first, then a prerelease sorts before its release.
function ____exports.compareVersions(a, b)
    if a.major ~= b.major then
        return a.major - b.major
    end
    if a.minor ~= b.minor then
        return a.minor - b.minor
    end
    if a.patch ~= b.patch then
        return a.patch - b.patch
    end
    local pa = a.prerelease
    local pb = b.prerelease
    if #pa == 0 or #pb == 0 then
        return #pb - #pa
    end
    do
        local i = 0
        while i < #pa and i < #pb do
            local c = compareIdentifiers(pa[i + 1], pb[i + 1])
            if c ~= 0 then
                return c
            end
            i = i + 1
        end
    end
    return #pa - #pb
end
--- Insertion sort: stable, dependency-free, and fast enough for registry-sized lists.
local function sortListed(items)
    local out = {}
    for ____, item in ipairs(items) do
        local i = #out
        while i > 0 and ____exports.compareVersions(out[i].version, item.version) > 0 do
            i = i - 1
        end
        __TS__ArraySplice(out, i, 0, item)
    end
    return out
end
--- The versions mise should offer for `variant` ("" = default), ascending, without the variant
-- prefix: mise's fuzzy matching (`0.11` -> newest `0.11.x`) only works on bare versions.
-- Prereleases are kept unless `prerelease` is false (mise hides them unless asked anyway).
function ____exports.selectVersions(tags, variant, prerelease)
    if prerelease == nil then
        prerelease = true
    end
    local seen = {}
    local listed = {}
    for ____, tag in ipairs(tags) do
        do
            local __continue35
            repeat
                local parsed = ____exports.parseTag(tag)
                if parsed.variant ~= variant or parsed.version == nil or seen[parsed.text] == true then
                    __continue35 = true
                    break
                end
                if not prerelease and #parsed.version.prerelease > 0 then
                    __continue35 = true
                    break
                end
                seen[parsed.text] = true
                listed[#listed + 1] = {text = parsed.text, version = parsed.version}
                __continue35 = true
            until true
            if not __continue35 then
                break
            end
        end
    end
    return __TS__ArrayMap(
        sortListed(listed),
        function(____, item) return item.text end
    )
end
--- The OCX tag that holds `version` of `variant`.
function ____exports.tagFor(version, variant)
    return variant == "" and version or (variant .. "-") .. version
end
--- Up to `count` available versions closest to `requested` in sort order, for "did you mean"
-- messages; a request that is not a version (e.g. a rolling `0.11`) sorts by its numeric prefix.
function ____exports.nearestVersions(requested, available, count)
    if #available <= count then
        return {unpack(available)}
    end
    local target = ____exports.parseVersion(requested) or ____exports.parseVersion(padded(requested))
    local at = #available
    if target ~= nil then
        at = 0
        while at < #available and ____exports.compareVersions(
            ____exports.parseVersion(available[at + 1]),
            target
        ) < 0 do
            at = at + 1
        end
    end
    local start = math.max(
        0,
        math.min(
            at - math.floor(count / 2),
            #available - count
        )
    )
    return __TS__ArraySlice(available, start, start + count)
end
return ____exports
