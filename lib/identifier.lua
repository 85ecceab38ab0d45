local ____lualib = require("lualib_bundle")
local __TS__StringStartsWith = ____lualib.__TS__StringStartsWith
local __TS__StringIncludes = ____lualib.__TS__StringIncludes
local __TS__StringSplit = ____lualib.__TS__StringSplit
local __TS__ArraySome = ____lualib.__TS__ArraySome
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local __TS__StringEndsWith = ____lualib.__TS__StringEndsWith
local __TS__StringCharAt = ____lualib.__TS__StringCharAt
local ____exports = {}
local looksLikeHost, hostProblem, isPathComponent
local ____chars = require("lib.chars")
local allOf = ____chars.allOf
local isDigit = ____chars.isDigit
local isLowerAlnum = ____chars.isLowerAlnum
local isUpper = ____chars.isUpper
local madeOf = ____chars.madeOf
function looksLikeHost(segment)
    return __TS__StringIncludes(segment, ".") or __TS__StringIncludes(segment, ":") or segment == "localhost"
end
function hostProblem(host)
    local parts = __TS__StringSplit(host, ":")
    if #parts > 2 then
        return "the registry host may hold one ':' before its port"
    end
    local name = parts[1]
    local labels = __TS__StringSplit(name, ".")
    for ____, part in ipairs(labels) do
        if not madeOf(
            part,
            function(c) return isLowerAlnum(c) or c == "-" end
        ) or __TS__StringStartsWith(part, "-") or __TS__StringEndsWith(part, "-") then
            return "the registry host must be a DNS name such as ghcr.io or localhost, with an optional :port"
        end
    end
    if #parts == 2 and not (madeOf(parts[2], isDigit) and #parts[2] <= 5) then
        return "the registry port must be a number"
    end
    return nil
end
function isPathComponent(segment)
    if #segment == 0 then
        return false
    end
    local separator = ""
    do
        local i = 0
        while i < #segment do
            do
                local __continue28
                repeat
                    local c = __TS__StringCharAt(segment, i)
                    if isLowerAlnum(c) then
                        separator = ""
                        __continue28 = true
                        break
                    end
                    if i == 0 then
                        return false
                    end
                    separator = separator .. c
                    local ok = separator == "." or separator == "_" or separator == "__" or madeOf(
                        separator,
                        function(s) return s == "-" end
                    )
                    if not ok then
                        return false
                    end
                    __continue28 = true
                until true
                if not __continue28 then
                    break
                end
            end
            i = i + 1
        end
    end
    return separator == ""
end
____exports.MAX_IDENTIFIER = 255
local MAX_TAG = 128
--- Why `tool` is not a usable OCX identifier, or undefined when it is. Each reason is a sentence
-- fragment that tells the user what to change.
function ____exports.identifierProblem(tool)
    if #tool == 0 then
        return "the identifier is empty; write it as ocx:<registry>/<namespace>/<name>"
    end
    if #tool > ____exports.MAX_IDENTIFIER then
        return ("the identifier is longer than " .. tostring(____exports.MAX_IDENTIFIER)) .. " characters"
    end
    if __TS__StringStartsWith(tool, "-") then
        return "an identifier cannot start with '-'"
    end
    if __TS__StringIncludes(tool, "@") then
        return "the identifier holds '@'; give the version to mise (ocx:<id>@<version>), not inside the identifier"
    end
    if not allOf(
        tool,
        function(c) return not isUpper(c) end
    ) then
        return "OCI identifiers are lowercase; write the identifier in lowercase"
    end
    local segments = __TS__StringSplit(tool, "/")
    if __TS__ArraySome(
        segments,
        function(____, segment) return segment == "." or segment == ".." end
    ) then
        return "'.' and '..' are not allowed as identifier segments"
    end
    local hasHost = #segments > 1 and looksLikeHost(segments[1])
    if hasHost then
        local problem = hostProblem(segments[1])
        if problem ~= nil then
            return problem
        end
    end
    local path = hasHost and __TS__ArraySlice(segments, 1) or segments
    for ____, segment in ipairs(path) do
        if __TS__StringIncludes(segment, ":") then
            return "the identifier holds a ':' tag; give the version to mise (ocx:<id>@<version>), not as a tag"
        end
        if not isPathComponent(segment) then
            return "each part between '/' must be lowercase letters and digits, joined by single '.', '_', '__' or runs of '-'"
        end
    end
    return nil
end
--- Why `version` cannot be an OCI tag, or undefined. Tags are `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`;
-- ocx also accepts `+`, which it rewrites to `_`.
function ____exports.versionProblem(version)
    if #version == 0 then
        return "the version is empty"
    end
    if #version > MAX_TAG then
        return ("the version is longer than " .. tostring(MAX_TAG)) .. " characters"
    end
    local first = string.sub(version, 1, 1)
    if not (isLowerAlnum(first) or isUpper(first) or first == "_") then
        return "a version must start with a letter, a digit or '_'"
    end
    local function tagChar(c)
        return isLowerAlnum(c) or isUpper(c) or c == "_" or c == "." or c == "-" or c == "+"
    end
    if not allOf(version, tagChar) then
        return "a version may only hold letters, digits, '.', '_', '-' and '+'"
    end
    return nil
end
--- The registry host ocx talks to for `tool` (as far as the identifier tells; ocx.sh may redirect).
function ____exports.registryHost(tool, defaultRegistry)
    local first = __TS__StringSplit(tool, "/")[1]
    return __TS__StringIncludes(tool, "/") and looksLikeHost(first) and first or defaultRegistry
end
--- ocx's strict slug for auth variables: every character outside [A-Za-z0-9] becomes '_'.
function ____exports.authSlug(host)
    local out = ""
    do
        local i = 0
        while i < #host do
            local c = __TS__StringCharAt(host, i)
            out = out .. ((isLowerAlnum(c) or isUpper(c)) and c or "_")
            i = i + 1
        end
    end
    return out
end
return ____exports
