local ____lualib = require("lualib_bundle")
local __TS__StringCharAt = ____lualib.__TS__StringCharAt
local __TS__StringTrim = ____lualib.__TS__StringTrim
local __TS__StringSplit = ____lualib.__TS__StringSplit
local __TS__ArrayFilter = ____lualib.__TS__ArrayFilter
local __TS__StringEndsWith = ____lualib.__TS__StringEndsWith
local __TS__StringIncludes = ____lualib.__TS__StringIncludes
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local ____exports = {}
local MAX_SHOWN
--- Text from mise.toml or ocx made safe to echo on one line: control bytes and non-ASCII are
-- shown as `?` (so a look-alike cannot pass for the real character), long text is cut.
function ____exports.printable(text)
    local out = ""
    do
        local i = 0
        while i < #text and i < MAX_SHOWN do
            local c = __TS__StringCharAt(text, i)
            out = out .. (c >= " " and c <= "~" and c or "?")
            i = i + 1
        end
    end
    return #text > MAX_SHOWN and out .. "..." or out
end
____exports.PLUGIN_NAME = "mise-ocx"
--- Raise a user-facing error. A plain string, since TSTL's Error needs Lua's `debug` library, which mise omits.
function ____exports.fail(message)
    error((____exports.PLUGIN_NAME .. ": ") .. message, 0)
end
--- How a tool (and version) is named in messages, exactly as the user writes it.
function ____exports.label(tool, version)
    local name = "ocx:" .. ____exports.printable(tool)
    return version == nil and name or (name .. "@") .. ____exports.printable(version)
end
--- The two ways to get ocx (mise's github:ocx-sh/ocx, also the plugin's `depends`, or OCX's installer).
____exports.GET_OCX = "get it with 'mise use -g github:ocx-sh/ocx@0.5.8' (or OCX's installer: curl -fsSL https://setup.ocx.sh/sh | sh)"
MAX_SHOWN = 80
--- Exit codes ocx documents (sysexits-aligned, ocx >= 0.3.0), plus the shell's "not found".
____exports.EXIT = {
    notInstalled = 127,
    usage = 64,
    data = 65,
    unavailable = 69,
    io = 74,
    transient = 75,
    permission = 77,
    config = 78,
    notFound = 79,
    auth = 80,
    offline = 81
}
--- The part of ocx's stderr worth showing: its last line, without the log timestamp and level.
function ____exports.lastStderrLine(stderr)
    local lines = __TS__ArrayFilter(
        __TS__StringSplit(stderr, "\n"),
        function(____, line) return #__TS__StringTrim(line) > 0 end
    )
    if #lines == 0 then
        return ""
    end
    local words = __TS__ArrayFilter(
        __TS__StringSplit(
            __TS__StringTrim(lines[#lines]),
            " "
        ),
        function(____, w) return #w > 0 end
    )
    local stamped = #words > 2 and __TS__StringEndsWith(words[1], "Z") and __TS__StringIncludes(words[1], "T")
    return ____exports.printable(table.concat(
        stamped and __TS__ArraySlice(words, 2) or words,
        " "
    ))
end
return ____exports
