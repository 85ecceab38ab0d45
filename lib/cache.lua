local ____lualib = require("lualib_bundle")
local __TS__StringCharAt = ____lualib.__TS__StringCharAt
local __TS__Number = ____lualib.__TS__Number
local __TS__ArrayIsArray = ____lualib.__TS__ArrayIsArray
local __TS__ArrayEvery = ____lualib.__TS__ArrayEvery
local __TS__StringSlice = ____lualib.__TS__StringSlice
local ____exports = {}
local ____chars = require("lib.chars")
local isDigit = ____chars.isDigit
local madeOf = ____chars.madeOf
local ____host = require("lib.host")
local decodeOrUndefined = ____host.decodeOrUndefined
local ____mise_paths = require("lib.mise_paths")
local miseToolDir = ____mise_paths.miseToolDir
local pluginName = ____mise_paths.pluginName
local FILE = "mise-ocx-tags.json"
local SCHEMA = 1
--- mise's own remote-versions cache lifetime.
____exports.DEFAULT_TTL_SECONDS = 3600
local UNITS = {s = 1, m = 60, h = 3600, d = 86400}
--- `3600`, `90s`, `30m`, `1h`, `2d` in seconds; `0` turns the cache off.
function ____exports.parseDuration(text)
    local last = __TS__StringCharAt(text, #text - 1)
    local unit = UNITS[last]
    local digits = unit == nil and text or string.sub(text, 1, -2)
    return madeOf(digits, isDigit) and #digits <= 9 and __TS__Number(digits) * (unit or 1) or nil
end
--- mise's cache dir: MISE_CACHE_DIR, else `<XDG cache>/mise` with mise's per-OS default.
function ____exports.miseCacheDir(host)
    local function set(name)
        local value = host.env(name)
        local ____temp_0
        if value == nil or value == "" then
            ____temp_0 = nil
        else
            ____temp_0 = value
        end
        return ____temp_0
    end
    local home = set("HOME") or set("USERPROFILE") or ""
    local fallback = host.os == "darwin" and home .. "/Library/Caches" or (host.os == "windows" and (set("TEMP") or home) or home .. "/.cache")
    return set("MISE_CACHE_DIR") or (set("XDG_CACHE_HOME") or fallback) .. "/mise"
end
--- What the cached list depends on: the identifier, and the default registry a short one resolves against.
local function cacheKey(host, tool)
    return (tool .. " ") .. (host.env("OCX_DEFAULT_REGISTRY") or "")
end
local function cachePath(host, tool)
    return (((____exports.miseCacheDir(host) .. "/") .. miseToolDir(
        pluginName(host.pluginDir),
        tool
    )) .. "/") .. FILE
end
function ____exports.readTags(host, tool)
    local text = host.readText(cachePath(host, tool))
    if text == nil then
        return nil
    end
    local value = decodeOrUndefined(host, text)
    local entry = value
    local valid = type(value) == "table" and entry.schema == SCHEMA and entry.key == cacheKey(host, tool) and type(entry.fetchedAt) == "number" and __TS__ArrayIsArray(entry.tags) and __TS__ArrayEvery(
        entry.tags,
        function(____, tag) return type(tag) == "string" end
    )
    return valid and ({tags = entry.tags, fetchedAt = entry.fetchedAt}) or nil
end
--- Best effort: a cache that cannot be written (read-only home, full disk) costs speed, not the command.
function ____exports.writeTags(host, tool, tags)
    local path = cachePath(host, tool)
    do
        local function ____catch(e)
            host.warn(((("could not cache the version list of ocx:" .. tool) .. " (") .. tostring(e)) .. "); listing works, but asks the registry every time")
        end
        local ____try, ____hasReturned = pcall(function()
            host.makeDirs(__TS__StringSlice(path, 0, #path - #FILE - 1))
            host.writeTextAtomic(
                path,
                host.encodeJson({
                    schema = SCHEMA,
                    key = cacheKey(host, tool),
                    fetchedAt = host.now(),
                    tags = tags
                })
            )
        end)
        if not ____try then
            ____catch(____hasReturned)
        end
    end
end
return ____exports
