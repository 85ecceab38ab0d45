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
return ____exports
