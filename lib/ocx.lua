local ____lualib = require("lualib_bundle")
local __TS__Number = ____lualib.__TS__Number
local __TS__SparseArrayNew = ____lualib.__TS__SparseArrayNew
local __TS__SparseArrayPush = ____lualib.__TS__SparseArrayPush
local __TS__SparseArraySpread = ____lualib.__TS__SparseArraySpread
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local __TS__StringTrim = ____lualib.__TS__StringTrim
local __TS__ArrayIsArray = ____lualib.__TS__ArrayIsArray
local __TS__ArrayEvery = ____lualib.__TS__ArrayEvery
local __TS__ObjectKeys = ____lualib.__TS__ObjectKeys
local __TS__StringIncludes = ____lualib.__TS__StringIncludes
local ____exports = {}
local ____chars = require("lib.chars")
local isDigit = ____chars.isDigit
local madeOf = ____chars.madeOf
local ____errors = require("lib.errors")
local EXIT = ____errors.EXIT
local fail = ____errors.fail
local GET_OCX = ____errors.GET_OCX
local lastStderrLine = ____errors.lastStderrLine
local printable = ____errors.printable
local ____host = require("lib.host")
local decodeOrUndefined = ____host.decodeOrUndefined
local TIMED_OUT = ____host.TIMED_OUT
local ____identifier = require("lib.identifier")
local authSlug = ____identifier.authSlug
local registryHost = ____identifier.registryHost
local ____package_env = require("lib.package_env")
local isRecord = ____package_env.isRecord
local parsePackageEnv = ____package_env.parsePackageEnv
local ROOT_FLAGS = {"--format", "json", "--color", "never"}
local TRIES = 3
--- Default limits per kind of call; MISE_OCX_TIMEOUT (seconds) overrides both.
local TIMEOUT_SECONDS = {query = 120, install = 1800}
local DEFAULT_REGISTRY = "ocx.sh"
local function timeoutFor(host, kind)
    local override = host.env("MISE_OCX_TIMEOUT") or ""
    return madeOf(override, isDigit) and __TS__Number(override) > 0 and __TS__Number(override) or TIMEOUT_SECONDS[kind]
end
--- Runs ocx, retrying transient failures (exit 75) with a growing pause.
function ____exports.call(ocx, args, kind)
    local limitSeconds = timeoutFor(ocx.host, kind)
    local ____array_0 = __TS__SparseArrayNew(
        ocx.program,
        unpack(ROOT_FLAGS)
    )
    __TS__SparseArrayPush(
        ____array_0,
        unpack(args)
    )
    local argv = {__TS__SparseArraySpread(____array_0)}
    local outcome = ocx.host.run(argv, limitSeconds)
    do
        local attempt = 1
        while attempt < TRIES and outcome.code == EXIT.transient do
            ocx.host.sleep(attempt)
            outcome = ocx.host.run(argv, limitSeconds)
            attempt = attempt + 1
        end
    end
    return __TS__ObjectAssign({}, outcome, {limitSeconds = limitSeconds})
end
--- Shells report a child killed by signal N as exit 128 + N.
local SIGNAL_BASE = 128
--- The one-line error for a failed ocx run: what happened, what to do, and ocx's own last word.
function ____exports.failureMessage(subject, outcome)
    local host = registryHost(subject.tool, DEFAULT_REGISTRY)
    local code = outcome.code
    local what
    if code == TIMED_OUT then
        what = ("ocx did not finish within " .. tostring(outcome.limitSeconds)) .. "s and was stopped; check the network, or allow longer with MISE_OCX_TIMEOUT=<seconds>"
    elseif code == EXIT.notInstalled then
        what = "ocx could not be run (exit 127); " .. GET_OCX
    elseif code == EXIT.usage then
        what = "ocx rejected the command line (exit 64); mise-ocx needs ocx >= 0.5.8, check 'ocx version' and upgrade"
    elseif code == EXIT.transient then
        what = ("the registry did not answer (exit 75, gave up after " .. tostring(TRIES)) .. " tries); check the network and retry"
    elseif code == EXIT.notFound then
        what = "not found in the registry (exit 79); check the identifier and the version"
    elseif code == EXIT.auth then
        what = ((((host .. " refused access (exit 80); run 'ocx login ") .. host) .. "' or set OCX_AUTH_") .. authSlug(host)) .. "_TOKEN"
    elseif code == EXIT.offline then
        what = ("not available offline (exit 81); go online once, or run 'ocx index update " .. subject.tool) .. "'"
    elseif code == EXIT.data then
        what = "ocx refused the package data (exit 65: bad digest, platform mismatch or yanked tag); pick another version or set the 'platform' option"
    elseif code == EXIT.unavailable then
        what = "the registry answered but cannot serve this package (exit 69); retrying will not help, check the identifier with the registry's owner"
    elseif code == EXIT.io then
        what = "ocx could not read or write its store (exit 74); check free space and permissions under OCX_HOME (default ~/.ocx)"
    elseif code == EXIT.permission then
        what = "ocx was denied permission (exit 77); check the permissions under OCX_HOME (default ~/.ocx)"
    elseif code == EXIT.config then
        what = "ocx's configuration is invalid (exit 78); fix ocx's config.toml or the OCX_* variables it names"
    elseif code > SIGNAL_BASE then
        what = ("ocx was killed by signal " .. tostring(code - SIGNAL_BASE)) .. " before it finished; nothing was installed, run the command again"
    else
        what = ("ocx failed (exit " .. tostring(code)) .. "); run the command again with ocx's message below in mind"
    end
    local said = lastStderrLine(outcome.stderr)
    return ((subject.label .. ": ") .. what) .. (said == "" and "" or (" (ocx: " .. said) .. ")")
end
--- Fails with `failureMessage`, adding `extra` (e.g. the nearest versions) when given.
function ____exports.failWith(subject, outcome, extra)
    return fail(____exports.failureMessage(subject, outcome) .. (extra or ""))
end
local function mismatch(subject, what)
    return fail(((subject.label .. ": ocx printed ") .. what) .. "; mise-ocx needs ocx >= 0.5.8 (check 'ocx version')")
end
--- Parses a successful run's JSON, or names the output a version mismatch.
function ____exports.decode(host, subject, outcome)
    local value = decodeOrUndefined(host, outcome.stdout)
    local ____temp_1
    if value == nil then
        ____temp_1 = mismatch(
            subject,
            ("output that is not JSON (" .. printable(__TS__StringTrim(outcome.stdout))) .. ")"
        )
    else
        ____temp_1 = value
    end
    return ____temp_1
end
local function isStringArray(value)
    return __TS__ArrayIsArray(value) and __TS__ArrayEvery(
        value,
        function(____, item) return type(item) == "string" end
    )
end
--- ocx keys each report by the identifier exactly as typed; one entry is taken whatever its key.
local function reportFor(report, key)
    if not isRecord(report) then
        return nil
    end
    if report[key] ~= nil then
        return report[key]
    end
    local keys = __TS__ObjectKeys(report)
    local ____temp_2
    if #keys == 1 then
        ____temp_2 = report[keys[1]]
    else
        ____temp_2 = nil
    end
    return ____temp_2
end
--- `ocx [--remote] index list <tool>` -> its tags, or the failed run.
function ____exports.listTags(ocx, subject, remote)
    local ____exports_call_5 = ____exports.call
    local ____ocx_4 = ocx
    local ____array_3 = __TS__SparseArrayNew(unpack(remote and ({"--remote"}) or ({})))
    __TS__SparseArrayPush(____array_3, "index", "list", subject.tool)
    local outcome = ____exports_call_5(
        ____ocx_4,
        {__TS__SparseArraySpread(____array_3)},
        "query"
    )
    if outcome.code ~= 0 then
        return outcome
    end
    local tags = reportFor(
        ____exports.decode(ocx.host, subject, outcome),
        subject.tool
    )
    return isStringArray(tags) and tags or mismatch(subject, "a tag list of an unexpected shape")
end
--- `package install`; `offline` adds ocx's `--offline` (only the local index and store are used).
function ____exports.installPackage(ocx, subject, reference, platform, offline)
    if offline == nil then
        offline = false
    end
    local ____array_6 = __TS__SparseArrayNew(unpack(offline and ({"--offline"}) or ({})))
    __TS__SparseArrayPush(
        ____array_6,
        "package",
        "install",
        unpack(platform == nil and ({}) or ({"-p", platform}))
    )
    __TS__SparseArrayPush(____array_6, reference)
    local args = {__TS__SparseArraySpread(____array_6)}
    local outcome = ____exports.call(ocx, args, "install")
    if outcome.code ~= 0 then
        return outcome
    end
    local entry = reportFor(
        ____exports.decode(ocx.host, subject, outcome),
        reference
    )
    local ____isRecord_result_7
    if isRecord(entry) then
        ____isRecord_result_7 = entry.identifier
    else
        ____isRecord_result_7 = nil
    end
    local pinned = ____isRecord_result_7
    if type(pinned) ~= "string" or not __TS__StringIncludes(pinned, "@sha256:") then
        mismatch(subject, "an install report of an unexpected shape")
    end
    return {pinned = pinned}
end
--- `package which` -> the package root in OCX's store (parent of `content/`).
function ____exports.packageRoot(ocx, subject, pinned)
    local outcome = ____exports.call(ocx, {"package", "which", pinned}, "query")
    if outcome.code ~= 0 then
        ____exports.failWith(subject, outcome)
    end
    local entry = reportFor(
        ____exports.decode(ocx.host, subject, outcome),
        pinned
    )
    local ____isRecord_result_8
    if isRecord(entry) then
        ____isRecord_result_8 = entry.path
    else
        ____isRecord_result_8 = nil
    end
    local path = ____isRecord_result_8
    return type(path) == "string" and path ~= "" and path or mismatch(subject, "a 'which' report of an unexpected shape")
end
--- `--offline package env <pinned>`: the content is already local, so no network is needed.
function ____exports.packageEnv(ocx, subject, pinned)
    local outcome = ____exports.call(ocx, {"--offline", "package", "env", pinned}, "query")
    if outcome.code ~= 0 then
        ____exports.failWith(subject, outcome)
    end
    return parsePackageEnv(____exports.decode(ocx.host, subject, outcome)) or mismatch(subject, "an environment of an unexpected shape")
end
return ____exports
