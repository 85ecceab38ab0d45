local ____lualib = require("lualib_bundle")
local __TS__StringSplit = ____lualib.__TS__StringSplit
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local __TS__ArrayFilter = ____lualib.__TS__ArrayFilter
local __TS__ArraySort = ____lualib.__TS__ArraySort
local __TS__StringSlice = ____lualib.__TS__StringSlice
local ____exports = {}
local ____errors = require("lib.errors")
local fail = ____errors.fail
local GET_OCX = ____errors.GET_OCX
local printable = ____errors.printable
local ____mise_paths = require("lib.mise_paths")
local installsDir = ____mise_paths.installsDir
local miseToolDir = ____mise_paths.miseToolDir
local ____ocx = require("lib.ocx")
local call = ____ocx.call
local decode = ____ocx.decode
local failWith = ____ocx.failWith
local ____versions = require("lib.versions")
local compareVersions = ____versions.compareVersions
local parseVersion = ____versions.parseVersion
local MINIMUM = {major = 0, minor = 5, patch = 8, prerelease = {}}
local SUPPORTED = "ocx 0.5.8 or a later 0.5.x"
--- The contract this plugin speaks: 0.5.8 and later releases of the 0.5 line.
local function supported(version)
    return version ~= nil and version.major == MINIMUM.major and version.minor == MINIMUM.minor and compareVersions(version, MINIMUM) >= 0
end
local function programName(host)
    return host.os == "windows" and "ocx.exe" or "ocx"
end
--- The newest supported ocx mise installed (`mise use github:ocx-sh/ocx@...` or `mise link`), if any.
local function miseManaged(host, toolDir)
    local installed = __TS__ArraySort(
        __TS__ArrayFilter(
            __TS__ArrayMap(
                host.listDir(toolDir),
                function(____, dir) return {
                    dir = dir,
                    version = parseVersion(table.remove(__TS__StringSplit(dir, "/")) or "")
                } end
            ),
            function(____, entry) return supported(entry.version) end
        ),
        function(____, a, b) return compareVersions(b.version, a.version) end
    )
    for ____, ____value in ipairs(installed) do
        local dir = ____value.dir
        for ____, candidate in ipairs({
            (dir .. "/") .. programName(host),
            (dir .. "/bin/") .. programName(host)
        }) do
            if host.exists(candidate) then
                return candidate
            end
        end
    end
    return nil
end
function ____exports.locateOcx(host, request)
    local overrides = {
        {"the tool option ocx_bin", request.ocxBin},
        {
            "MISE_OCX_BIN",
            host.env("MISE_OCX_BIN")
        }
    }
    for ____, ____value in ipairs(overrides) do
        local source = ____value[1]
        local path = ____value[2]
        do
            local __continue14
            repeat
                if path == nil or path == "" then
                    __continue14 = true
                    break
                end
                if not host.exists(path) then
                    fail(((((request.label .. ": ") .. source) .. " names ") .. path) .. ", which does not exist; fix it or unset it")
                end
                return {host = host, program = path}
            until true
            if not __continue14 then
                break
            end
        end
    end
    local separator = host.os == "windows" and ";" or ":"
    local installs = installsDir(host.pluginDir)
    local shims = __TS__StringSlice(installs, 0, #installs - #"installs") .. "shims"
    for ____, dir in ipairs(__TS__StringSplit(
        host.env("PATH") or "",
        separator
    )) do
        local candidate = (dir .. "/") .. programName(host)
        if dir ~= "" and dir ~= shims and host.exists(candidate) then
            return {host = host, program = candidate}
        end
    end
    local toolDir = (installs .. "/") .. miseToolDir("github", "ocx-sh/ocx")
    local managed = miseManaged(host, toolDir)
    if managed ~= nil then
        return {host = host, program = managed}
    end
    return fail(((((request.label .. ": ocx was not found (looked at the tool option ocx_bin, MISE_OCX_BIN, PATH and ") .. toolDir) .. "); ") .. GET_OCX) .. ", or put ocx on PATH")
end
--- Fails unless the ocx found speaks the contract this plugin was built for.
function ____exports.checkOcxVersion(ocx, subject)
    local outcome = call(ocx, {"version"}, "query")
    if outcome.code ~= 0 then
        failWith(subject, outcome)
    end
    local report = decode(ocx.host, subject, outcome)
    local text = type(report) == "table" and type(report.version) == "string" and report.version or "of an unknown version"
    if not supported(parseVersion(text)) then
        fail((((((((subject.label .. ": mise-ocx needs ") .. SUPPORTED) .. ", but ") .. ocx.program) .. " is ocx ") .. printable(text)) .. "; ") .. GET_OCX)
    end
end
return ____exports
