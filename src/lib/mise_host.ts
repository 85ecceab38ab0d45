// The Host over mise's Lua modules, built on mise_reader.ts: with it, the only code that touches cmd, file, json and log.

import * as cmd from "cmd";
import * as file from "file";
import * as json from "json";
import * as log from "log";
import { fail, PLUGIN_NAME } from "./errors";
import { TIMED_OUT, type Host } from "./host";
import { miseReader } from "./mise_reader";
import { captureScript, parseCapture, renderArgv, type Captured } from "./shell";

/**
 * Shell statements run before ocx: an empty OCX_INDEX would be read by ocx as the current
 * directory, OCX_PROJECT is cleared so an outer `ocx run` cannot leak a project in, and
 * OCX_QUIET would suppress the JSON report the plugin reads.
 */
const PREAMBLE = ['if [ -z "${OCX_INDEX:-}" ]; then unset OCX_INDEX; fi', "export OCX_PROJECT=", "unset OCX_QUIET"];

/** How mise's cmd.exec reports its `timeout` option firing. */
const MISE_TIMEOUT = "Command timed out after";

function runPosix(argv: readonly string[], timeoutSeconds: number): Captured {
  let output = "";
  let error: string | undefined;
  try {
    output = cmd.exec(captureScript(PREAMBLE, argv), { timeout: timeoutSeconds });
  } catch (e) {
    error = tostring(e);
  }
  if (error !== undefined) {
    if (error.includes(MISE_TIMEOUT)) return { code: TIMED_OUT, stdout: "", stderr: "" };
    fail(`could not run ${argv[0]}: ${error}`);
  }
  return parseCapture(output) ?? { code: 1, stdout: "", stderr: "ocx ended without reporting an exit code" };
}

/** cmd.exe has no portable way to capture both streams, so the exit code is read from mise's error text. */
function runWindows(argv: readonly string[], timeoutSeconds: number): Captured {
  try {
    const stdout = cmd.exec(renderArgv(argv, "windows"), { timeout: timeoutSeconds, env: { OCX_PROJECT: "", OCX_QUIET: "0" } });
    return { code: 0, stdout, stderr: "" };
  } catch (e) {
    const text = tostring(e);
    if (text.includes(MISE_TIMEOUT)) return { code: TIMED_OUT, stdout: "", stderr: "" };
    const [digits, rest] = string.match(text, "exit [a-z]+: (%d+):?%s*(.*)$");
    return { code: digits === undefined ? 1 : Number(digits), stdout: "", stderr: rest ?? text };
  }
}

let unique = 0;

export function miseHost(): Host {
  const windows = RUNTIME.osType === "windows";
  return {
    ...miseReader(),
    pluginDir: RUNTIME.pluginDirPath,
    run: windows ? runWindows : runPosix,
    writeTextAtomic(path, text) {
      // Unique per process and call: parallel mise jobs may write beside the same target.
      unique += 1;
      const temp = `${path}.${os.time()}.${tostring({}).slice(7)}.${unique}.tmp`;
      const [handle, openError] = io.open(temp, "wb");
      if (handle === undefined) fail(`cannot write ${path}: ${openError}`);
      const [written, writeError] = handle.write(text);
      // close flushes: a full disk shows up here, and a short file must never be renamed into place.
      const closed = handle.close();
      if (written === undefined || closed !== true) {
        os.remove(temp);
        fail(`cannot write ${path}: ${writeError ?? "the file could not be closed"}`);
      }
      // Windows' rename does not replace an existing file.
      if (windows) os.remove(path);
      const [renamed, renameError] = os.rename(temp, path);
      if (renamed === undefined) {
        os.remove(temp);
        fail(`cannot write ${path}: ${renameError}`);
      }
    },
    listDir: (dir) => (file.exists(dir) ? file.list(dir) : []),
    symlink: (target, linkPath) => file.symlink(target, linkPath),
    makeDirs(dir) {
      // cmd.exec only (no async file.exists), so callers may catch its failure.
      cmd.exec(windows ? `if not exist ${renderArgv([dir], "windows")} mkdir ${renderArgv([dir], "windows")}` : `mkdir -p ${renderArgv([dir], "posix")}`);
    },
    now: () => os.time(),
    sleep(seconds) {
      cmd.exec(windows ? `ping -n ${seconds + 1} 127.0.0.1 >NUL` : `sleep ${seconds}`);
    },
    env: (name) => os.getenv(name),
    warn: (message) => log.warn(`${PLUGIN_NAME}: ${message}`),
    encodeJson: (value) => json.encode(value),
  };
}
