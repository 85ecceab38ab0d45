local ____lualib = require("lualib_bundle")
local __TS__StringStartsWith = ____lualib.__TS__StringStartsWith
local __TS__ArrayIncludes = ____lualib.__TS__ArrayIncludes
local __TS__ObjectKeys = ____lualib.__TS__ObjectKeys
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local ____exports = {}
local ____chars = require("lib.chars")
local allOf = ____chars.allOf
local isLower = ____chars.isLower
local isLowerAlnum = ____chars.isLowerAlnum
local madeOf = ____chars.madeOf
local ____errors = require("lib.errors")
local fail = ____errors.fail
local label = ____errors.label
local printable = ____errors.printable
local ____cache = require("lib.cache")
local parseDuration = ____cache.parseDuration
local ____identifier = require("lib.identifier")
local identifierProblem = ____identifier.identifierProblem
local versionProblem = ____identifier.versionProblem
local ____versions = require("lib.versions")
local parseVersion = ____versions.parseVersion
local tagFor = ____versions.tagFor
--- mise's own tool options, passed through to plugins; they are not ours to judge.
local MISE_OPTIONS = {
    "postinstall",
    "install_env",
    "os",
    "depends",
    "version"
}
local OPTIONS = {
    "variant",
    "platform",
    "ocx_bin",
    "cache_ttl",
    "prerelease"
}
local function stringOption(tool, options, name)
    local value = options[name]
    if value == nil then
        return nil
    end
    if type(value) ~= "string" then
        fail(((label(tool) .. ": the option '") .. name) .. "' must be a string")
    end
    return value
end
local function platformProblem(platform)
    local ok = madeOf(
        platform,
        function(c) return isLowerAlnum(c) or c == "/" or c == "+" or c == "." or c == "," or c == "_" end
    )
    local ____temp_0
    if ok and isLowerAlnum(string.sub(platform, 1, 1)) then
        ____temp_0 = nil
    else
        ____temp_0 = "the option 'platform' must be os/arch[/variant][+feature], e.g. linux/amd64+libc.musl"
    end
    return ____temp_0
end
local function variantProblem(variant)
    local ok = madeOf(
        variant,
        function(c) return isLowerAlnum(c) or c == "." end
    ) and isLower(string.sub(variant, 1, 1))
    local ____ok_1
    if ok then
        ____ok_1 = nil
    else
        ____ok_1 = "the option 'variant' must be a tag prefix such as 'slim': a lowercase letter, then letters, digits or '.'"
    end
    return ____ok_1
end
--- A program path is quoted when run, so it only has to be absolute and on one line.
local function programProblem(path)
    local absolute = __TS__StringStartsWith(path, "/") or string.sub(path, 2, 2) == ":" and (string.sub(path, 3, 3) == "\\" or string.sub(path, 3, 3) == "/")
    local ____temp_2
    if absolute and allOf(
        path,
        function(c) return c >= " " end
    ) then
        ____temp_2 = nil
    else
        ____temp_2 = "the option 'ocx_bin' must be the absolute path of an ocx program"
    end
    return ____temp_2
end
--- The validated tool and options of a hook call; fails with a one-line message otherwise.
function ____exports.parseRequest(tool, options, warn)
    local problem = identifierProblem(tool)
    if problem ~= nil then
        fail((label(tool) .. ": ") .. problem)
    end
    local opts = options or ({})
    for ____, key in ipairs(__TS__ObjectKeys(opts)) do
        if not __TS__ArrayIncludes(OPTIONS, key) and not __TS__ArrayIncludes(MISE_OPTIONS, key) then
            warn(((((label(tool) .. ": unknown option '") .. printable(key)) .. "' is ignored (known: ") .. table.concat(OPTIONS, ", ")) .. ")")
        end
    end
    local variant = stringOption(tool, opts, "variant") or ""
    local platform = stringOption(tool, opts, "platform")
    local ocxBin = stringOption(tool, opts, "ocx_bin")
    local ttlText = stringOption(tool, opts, "cache_ttl")
    local ____temp_3
    if ttlText == nil then
        ____temp_3 = nil
    else
        ____temp_3 = parseDuration(ttlText)
    end
    local cacheTtl = ____temp_3
    if ttlText ~= nil and cacheTtl == nil then
        fail(label(tool) .. ": the option 'cache_ttl' must be a duration such as 3600, 90s, 30m, 1h or 0 (no cache)")
    end
    local prereleaseText = stringOption(tool, opts, "prerelease") or "true"
    if prereleaseText ~= "true" and prereleaseText ~= "false" then
        fail(label(tool) .. ": the option 'prerelease' must be true or false")
    end
    local ____temp_4
    if variant == "" then
        ____temp_4 = nil
    else
        ____temp_4 = variantProblem(variant)
    end
    local ____temp_4_6 = ____temp_4
    if ____temp_4_6 == nil then
        local ____temp_5
        if platform == nil then
            ____temp_5 = nil
        else
            ____temp_5 = platformProblem(platform)
        end
        ____temp_4_6 = ____temp_5
    end
    local ____temp_4_6_8 = ____temp_4_6
    if ____temp_4_6_8 == nil then
        local ____temp_7
        if ocxBin == nil then
            ____temp_7 = nil
        else
            ____temp_7 = programProblem(ocxBin)
        end
        ____temp_4_6_8 = ____temp_7
    end
    local bad = ____temp_4_6_8
    if bad ~= nil then
        fail((label(tool) .. ": ") .. bad)
    end
    return {
        tool = tool,
        label = label(tool),
        variant = variant,
        platform = platform,
        ocxBin = ocxBin,
        cacheTtl = cacheTtl,
        prerelease = prereleaseText == "true"
    }
end
--- mise passes a version it could not resolve through verbatim (always when offline), so a
-- rolling tag such as `0.11` or `latest` can arrive here; installing it would file a moving
-- target under a fixed folder name, so only exact versions are accepted.
function ____exports.forVersion(request, version)
    local where = label(request.tool, version)
    local problem = versionProblem(version)
    if problem ~= nil then
        fail((where .. ": ") .. problem)
    end
    if parseVersion(version) == nil then
        fail(((((where .. ": '") .. version) .. "' is not an exact version (X.Y.Z); run 'mise ls-remote ocx:") .. request.tool) .. "' and pick one, or go online so mise can resolve it")
    end
    return __TS__ObjectAssign(
        {},
        request,
        {
            label = where,
            version = version,
            tag = tagFor(version, request.variant)
        }
    )
end
return ____exports
