local ____lualib = require("lualib_bundle")
local __TS__ArrayIncludes = ____lualib.__TS__ArrayIncludes
local ____exports = {}
--- A run that ended in a timeout instead of an exit code.
____exports.TIMED_OUT = -1
local TRUTHY = {
    "1",
    "true",
    "yes",
    "on",
    "y"
}
--- Whether an environment switch such as MISE_OFFLINE is on (mise's and ocx's truthy spellings).
function ____exports.envFlag(host, name)
    local value = host.env(name)
    return value ~= nil and __TS__ArrayIncludes(
        TRUTHY,
        string.lower(value)
    )
end
--- The decoded JSON, or undefined when `text` is not JSON.
function ____exports.decodeOrUndefined(reader, text)
    do
        local function ____catch()
            return true, nil
        end
        local ____try, ____hasReturned, ____returnValue = pcall(function()
            return true, reader.decodeJson(text)
        end)
        if not ____try then
            ____hasReturned, ____returnValue = ____catch()
        end
        if ____hasReturned then
            return ____returnValue
        end
    end
end
return ____exports
