local ____lualib = require("lualib_bundle")
local __TS__StringIncludes = ____lualib.__TS__StringIncludes
local __TS__Number = ____lualib.__TS__Number
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local ____exports = {}
local cmd = require("cmd")
local file = require("file")
local json = require("json")
local log = require("log")
local ____errors = require("lib.errors")
local fail = ____errors.fail
local PLUGIN_NAME = ____errors.PLUGIN_NAME
local ____host = require("lib.host")
local TIMED_OUT = ____host.TIMED_OUT
local ____mise_reader = require("lib.mise_reader")
local miseReader = ____mise_reader.miseReader
local ____shell = require("lib.shell")
local captureScript = ____shell.captureScript
local parseCapture = ____shell.parseCapture
local renderArgv = ____shell.renderArgv
--- Shell statements run before ocx: an empty OCX_INDEX would be read by ocx as the current
-- directory, OCX_PROJECT is cleared so an outer `ocx run` cannot leak a project in, and
-- OCX_QUIET would suppress the JSON report the plugin reads.
local PREAMBLE = {"if [ -z \"${OCX_INDEX:-}\" ]; then unset OCX_INDEX; fi", "export OCX_PROJECT=", "unset OCX_QUIET"}
--- How mise's cmd.exec reports its `timeout` option firing.
local MISE_TIMEOUT = "Command timed out after"
local function runPosix(argv, timeoutSeconds)
    local output = ""
    local ____error
    do
        local function ____catch(e)
            ____error = tostring(e)
        end
        local ____try, ____hasReturned = pcall(function()
            output = cmd.exec(
                captureScript(PREAMBLE, argv),
                {timeout = timeoutSeconds}
            )
        end)
        if not ____try then
            ____catch(____hasReturned)
        end
    end
    if ____error ~= nil then
        if __TS__StringIncludes(____error, MISE_TIMEOUT) then
            return {code = TIMED_OUT, stdout = "", stderr = ""}
        end
        fail((("could not run " .. argv[1]) .. ": ") .. ____error)
    end
    return parseCapture(output) or ({code = 1, stdout = "", stderr = "ocx ended without reporting an exit code"})
end
--- cmd.exe has no portable way to capture both streams, so the exit code is read from mise's error text.
local function runWindows(argv, timeoutSeconds)
    do
        local function ____catch(e)
            local text = tostring(e)
            if __TS__StringIncludes(text, MISE_TIMEOUT) then
                return true, {code = TIMED_OUT, stdout = "", stderr = ""}
            end
            local digits, rest = string.match(text, "exit [a-z]+: (%d+):?%s*(.*)$")
            return true, {
                code = digits == nil and 1 or __TS__Number(digits),
                stdout = "",
                stderr = rest or text
            }
        end
        local ____try, ____hasReturned, ____returnValue = pcall(function()
            local stdout = cmd.exec(
                renderArgv(argv, "windows"),
                {timeout = timeoutSeconds, env = {OCX_PROJECT = "", OCX_QUIET = "0"}}
            )
            return true, {code = 0, stdout = stdout, stderr = ""}
        end)
        if not ____try then
            ____hasReturned, ____returnValue = ____catch(____hasReturned)
        end
        if ____hasReturned then
            return ____returnValue
        end
    end
end
local unique = 0
function ____exports.miseHost()
    local windows = RUNTIME.osType == "windows"
    return __TS__ObjectAssign(
        {},
        miseReader(),
        {
            pluginDir = RUNTIME.pluginDirPath,
            run = windows and runWindows or runPosix,
            writeTextAtomic = function(path, text)
                unique = unique + 1
                local temp = ((((((path .. ".") .. tostring(os.time())) .. ".") .. string.sub(
                    tostring({}),
                    8
                )) .. ".") .. tostring(unique)) .. ".tmp"
                local handle, openError = io.open(temp, "wb")
                if handle == nil then
                    fail((("cannot write " .. path) .. ": ") .. openError)
                end
                local written, writeError = handle:write(text)
                local closed = handle:close()
                if written == nil or closed ~= true then
                    os.remove(temp)
                    fail((("cannot write " .. path) .. ": ") .. tostring(writeError or "the file could not be closed"))
                end
                if windows then
                    os.remove(path)
                end
                local renamed, renameError = os.rename(temp, path)
                if renamed == nil then
                    os.remove(temp)
                    fail((("cannot write " .. path) .. ": ") .. renameError)
                end
            end,
            listDir = function(dir) return file.exists(dir) and file.list(dir) or ({}) end,
            symlink = function(target, linkPath) return file.symlink(target, linkPath) end,
            makeDirs = function(dir)
                cmd.exec(windows and (("if not exist " .. renderArgv({dir}, "windows")) .. " mkdir ") .. renderArgv({dir}, "windows") or "mkdir -p " .. renderArgv({dir}, "posix"))
            end,
            now = function() return os.time() end,
            sleep = function(seconds)
                cmd.exec(windows and ("ping -n " .. tostring(seconds + 1)) .. " 127.0.0.1 >NUL" or "sleep " .. tostring(seconds))
            end,
            env = function(name) return os.getenv(name) end,
            warn = function(message) return log.warn((PLUGIN_NAME .. ": ") .. message) end,
            encodeJson = function(value) return json.encode(value) end
        }
    )
end
return ____exports
