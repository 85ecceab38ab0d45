local ____lualib = require("lualib_bundle")
local __TS__StringSplit = ____lualib.__TS__StringSplit
local __TS__StringIncludes = ____lualib.__TS__StringIncludes
local __TS__StringCharAt = ____lualib.__TS__StringCharAt
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local __TS__SparseArrayNew = ____lualib.__TS__SparseArrayNew
local __TS__SparseArrayPush = ____lualib.__TS__SparseArrayPush
local __TS__SparseArraySpread = ____lualib.__TS__SparseArraySpread
local __TS__StringSlice = ____lualib.__TS__StringSlice
local __TS__Number = ____lualib.__TS__Number
local ____exports = {}
local describe
local ____chars = require("lib.chars")
local isDigit = ____chars.isDigit
local madeOf = ____chars.madeOf
local ____errors = require("lib.errors")
local fail = ____errors.fail
local printable = ____errors.printable
function describe(c)
    return c == "\n" and "a newline" or (c == "\r" and "a carriage return" or (c == "\0" and "a NUL byte" or ("'" .. c) .. "'"))
end
--- POSIX single quotes: nothing inside is special except the quote itself.
function ____exports.quotePosix(arg)
    return ("'" .. table.concat(
        __TS__StringSplit(arg, "'"),
        "'\\''"
    )) .. "'"
end
--- cmd.exe cannot quote `%`, `!`, `"` or line breaks reliably (variable expansion happens inside
-- double quotes), so such an argument is refused rather than risked.
function ____exports.quoteWindows(arg)
    for ____, bad in ipairs({
        "%",
        "!",
        "\"",
        "\n",
        "\r",
        "\0"
    }) do
        if __TS__StringIncludes(arg, bad) then
            fail(((("cannot pass " .. describe(bad)) .. " to a Windows command line safely (in ") .. printable(arg)) .. ")")
        end
    end
    local trailing = 0
    while trailing < #arg and __TS__StringCharAt(arg, #arg - 1 - trailing) == "\\" do
        trailing = trailing + 1
    end
    return (("\"" .. arg) .. string.rep(
        "\\",
        math.floor(trailing)
    )) .. "\""
end
function ____exports.renderArgv(argv, shell)
    local quote = shell == "windows" and ____exports.quoteWindows or ____exports.quotePosix
    return table.concat(
        __TS__ArrayMap(
            argv,
            function(____, arg) return quote(arg) end
        ),
        " "
    )
end
local STATUS_MARK = "\n@@mise-ocx-status "
--- A POSIX script that runs `argv` and reports its exit code and stderr on stdout after its own
-- output. mise's cmd.exec drops stderr on success and folds it into an error text on failure;
-- capturing both here gives ocx's exit code and its last message exactly, whatever mise prints.
function ____exports.captureScript(preamble, argv)
    local run = ("rc=0; { err=$(" .. ____exports.renderArgv(argv, "posix")) .. " 2>&1 1>&3 3>&-) || rc=$?; } 3>&1"
    local ____array_0 = __TS__SparseArrayNew(unpack(preamble))
    __TS__SparseArrayPush(
        ____array_0,
        run,
        ("printf '\\n" .. string.sub(STATUS_MARK, 2)) .. "%s\\n%s' \"$rc\" \"$err\""
    )
    return table.concat(
        {__TS__SparseArraySpread(____array_0)},
        "; "
    )
end
--- Splits the output of `captureScript`; undefined when the trailer is missing (the shell was
-- killed). The first mark is the real one: stderr follows it and may contain anything, while JSON
-- on stdout cannot hold a raw newline.
function ____exports.parseCapture(output)
    local at = (string.find(output, STATUS_MARK, nil, true) or 0) - 1
    if at < 0 then
        return nil
    end
    local rest = __TS__StringSlice(output, at + #STATUS_MARK)
    local newline = (string.find(rest, "\n", nil, true) or 0) - 1
    local digits = newline < 0 and rest or __TS__StringSlice(rest, 0, newline)
    if not madeOf(digits, isDigit) then
        return nil
    end
    return {
        code = __TS__Number(digits),
        stdout = __TS__StringSlice(output, 0, at),
        stderr = newline < 0 and "" or __TS__StringSlice(rest, newline + 1)
    }
end
return ____exports
