// The generated Lua, run inside Node by fengari and loaded the way mise loads a plugin
// (crates/vfox/src/plugin.rs): package.path over the plugin root, mise's host modules in
// package.loaded, `require "metadata"`, every hook file executed, then `PLUGIN:Hook(ctx)`.
// The host modules are JS stand-ins for mise's: by default cmd.exec runs `sh -c` for real,
// with mise's failure text, so the compiled hooks can drive the stand-in ocx.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fengari from "fengari";
import { PLUGIN_ROOT } from "./world.mjs";

const { lua, lauxlib, lualib, to_luastring } = fengari;
type State = ReturnType<typeof lauxlib.luaL_newstate>;

/** What mise's json.decode gives for JSON null: a truthy lightuserdata, not nil. */
export const MISE_NULL = { miseNull: true };


type Fn = (...args: unknown[]) => unknown;
export interface HostModules {
  cmd: { exec: Fn };
  json: { encode: Fn; decode: Fn };
  file: { read: Fn; exists: Fn; symlink: Fn; list: Fn; join_path: Fn };
  log: { debug: Fn; info: Fn; warn: Fn; error: Fn };
}

export interface CmdCall {
  command: string;
  options: { env?: Record<string, string>; timeout?: number } | undefined;
}

/** mise's cmd.exec: `sh -c`, stdout back, raises with mise's text on a non-zero exit or a timeout. */
export function shellExec(env: NodeJS.ProcessEnv, calls: CmdCall[]): Fn {
  return (command, options) => {
    const opts = options as CmdCall["options"];
    calls.push({ command: String(command), options: opts });
    try {
      return execFileSync("sh", ["-c", String(command)], {
        encoding: "utf8",
        env: { ...env, ...(opts?.env ?? {}) },
        timeout: opts?.timeout === undefined ? undefined : opts.timeout * 1000,
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (e) {
      const err = e as { status: number | null; stderr?: string; code?: string; signal?: string };
      if (err.code === "ETIMEDOUT") throw new Error(`Command timed out after ${opts?.timeout}s: ${command}`);
      throw new Error(`Command failed with status exit status: ${err.status}: ${err.stderr ?? ""}`);
    }
  };
}

function toLuaJson(value: unknown): unknown {
  if (value === null) return MISE_NULL;
  if (Array.isArray(value)) return value.map(toLuaJson);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, toLuaJson(v)]));
  return value;
}

/** Default host modules: real shell and file system, mise-like JSON, logs collected. */
export function defaultModules(env: NodeJS.ProcessEnv, logs: string[], calls: CmdCall[]): HostModules {
  const logger = (level: string) => (...args: unknown[]) => void logs.push(`${level} ${args.map(String).join("\t")}`);
  return {
    cmd: { exec: shellExec(env, calls) },
    json: {
      encode: (value) => JSON.stringify(value),
      decode: (text) => toLuaJson(JSON.parse(String(text))),
    },
    file: {
      read: (path) => readFileSync(String(path), "utf8"),
      exists: (path) => existsSync(String(path)),
      symlink: (target, link) => symlinkSync(String(target), String(link)),
      list: (dir) => readdirSync(String(dir)).sort().map((name) => join(String(dir), name)),
      join_path: (...parts) => parts.filter((p) => p !== "").join("/"),
    },
    log: { debug: logger("DEBUG"), info: logger("INFO"), warn: logger("WARN"), error: logger("ERROR") },
  };
}

function push(L: State, value: unknown): void {
  if (value === undefined || value === null) lua.lua_pushnil(L);
  else if (value === MISE_NULL) lua.lua_pushlightuserdata(L, MISE_NULL);
  else if (typeof value === "boolean") lua.lua_pushboolean(L, value);
  else if (typeof value === "number") Number.isInteger(value) ? lua.lua_pushinteger(L, value) : lua.lua_pushnumber(L, value);
  else if (typeof value === "string") lua.lua_pushstring(L, to_luastring(value));
  else if (typeof value === "function") pushFunction(L, value as Fn);
  else if (Array.isArray(value)) {
    lua.lua_newtable(L);
    value.forEach((item, i) => {
      push(L, item);
      lua.lua_rawseti(L, -2, i + 1);
    });
  } else {
    lua.lua_newtable(L);
    for (const [k, v] of Object.entries(value as object)) {
      if (v === undefined) continue;
      push(L, v);
      lua.lua_setfield(L, -2, to_luastring(k));
    }
  }
}

function pushFunction(L: State, fn: Fn): void {
  lua.lua_pushjsfunction(L, (L2) => {
    const args: unknown[] = [];
    for (let i = 1; i <= lua.lua_gettop(L2); i++) args.push(toJs(L2, i));
    let result: unknown;
    try {
      result = fn(...args);
    } catch (e) {
      return lauxlib.luaL_error(L2, to_luastring(e instanceof Error ? e.message : String(e)));
    }
    push(L2, result);
    return 1;
  });
}

/** Lua -> JS: tables with keys 1..n become arrays, an empty table an empty object (as mise encodes it). */
export function toJs(L: State, index: number): unknown {
  const i = lua.lua_absindex(L, index);
  const type = lua.lua_type(L, i);
  if (type === lua.LUA_TNIL) return undefined;
  if (type === lua.LUA_TBOOLEAN) return lua.lua_toboolean(L, i);
  if (type === lua.LUA_TNUMBER) return lua.lua_tonumber(L, i);
  if (type === lua.LUA_TSTRING) return lua.lua_tojsstring(L, i);
  if (type === lua.LUA_TLIGHTUSERDATA) return lua.lua_touserdata(L, i) === MISE_NULL ? null : "<userdata>";
  if (type !== lua.LUA_TTABLE) return `<${type}>`;
  const entries: [unknown, unknown][] = [];
  lua.lua_pushnil(L);
  while (lua.lua_next(L, i) !== 0) {
    entries.push([toJs(L, -2), toJs(L, -1)]);
    lua.lua_pop(L, 1);
  }
  const isArray = entries.length > 0 && entries.every(([k]) => typeof k === "number") && entries.length === Math.max(...entries.map(([k]) => k as number));
  if (isArray) return entries.sort((a, b) => (a[0] as number) - (b[0] as number)).map(([, v]) => v);
  return Object.fromEntries(entries.map(([k, v]) => [String(k), v]));
}

function run(L: State, code: string, nresults = 0): void {
  if (lauxlib.luaL_loadstring(L, to_luastring(code)) !== 0 || lua.lua_pcall(L, 0, nresults, 0) !== 0) {
    const message = lua.lua_tojsstring(L, -1);
    lua.lua_pop(L, 1);
    throw new LuaError(message);
  }
}

/** An error raised inside Lua, with the message exactly as Lua's `tostring` gives it. */
export class LuaError extends Error {}

// Lua 5.1 names the hooks need on fengari's 5.3 (never `debug`: mise has none), io.open, which
// fengari lacks, and os.getenv reading the hooks' environment, as mise replaces it to do.
const PRELUDE = `
unpack = unpack or table.unpack
loadstring = loadstring or load
debug = nil
local read, write = __host_read, __host_write
os.getenv = __host_getenv
__host_read, __host_write, __host_getenv = nil, nil, nil
io.open = function(path, mode)
  if mode:sub(1, 1) == "r" then
    local text = read(path)
    if text == nil then return nil, path .. ": No such file or directory" end
    return { read = function(self) return text end, close = function() return true end }
  end
  local parts = {}
  return {
    write = function(self, s) parts[#parts + 1] = s; return self end,
    close = function() write(path, table.concat(parts)); return true end,
  }
end
`;

export interface PluginVm {
  call(hook: "BackendListVersions" | "BackendInstall" | "BackendExecEnv", ctx: Record<string, unknown>): unknown;
}

export interface LoadOptions {
  /** The environment os.getenv reads (mise's hook environment). */
  env: NodeJS.ProcessEnv;
  /** RUNTIME.osType. */
  osType?: string;
  /** RUNTIME.pluginDirPath; mise's is `<data>/plugins/<name>`. */
  pluginDir?: string;
}

/** Loads the plugin from this checkout as mise does. Each `call` uses a fresh VM, as mise starts one per hook call. */
export function loadPlugin(modules: HostModules, options: LoadOptions): PluginVm {
  const root = PLUGIN_ROOT;
  const fresh = (): State => {
    const L = lauxlib.luaL_newstate();
    lualib.luaL_openlibs(L);
    push(L, (name: unknown) => options.env[String(name)]);
    lua.lua_setglobal(L, to_luastring("__host_getenv"));
    push(L, (path: unknown) => (existsSync(String(path)) ? readFileSync(String(path), "utf8") : undefined));
    lua.lua_setglobal(L, to_luastring("__host_read"));
    push(L, (path: unknown, text: unknown) => writeFileSync(String(path), String(text)));
    lua.lua_setglobal(L, to_luastring("__host_write"));
    run(L, PRELUDE);
    push(L, modules);
    lua.lua_setglobal(L, to_luastring("__modules"));
    push(L, { osType: options.osType ?? "linux", archType: "amd64", envType: "gnu", version: "0.6.0", pluginDirPath: options.pluginDir ?? root });
    lua.lua_setglobal(L, to_luastring("__runtime"));
    const hooks = readdirSync(join(root, "hooks")).filter((f) => f.endsWith(".lua")).sort();
    run(
      L,
      `
      package.path = ${JSON.stringify(`${root}/?.lua;${root}/hooks/?.lua;${root}/lib/?.lua`)}
      for name, module in pairs(__modules) do package.loaded[name] = module end
      __modules = nil
      require("metadata")
      RUNTIME, __runtime = __runtime, nil
      OS_TYPE, ARCH_TYPE = RUNTIME.osType, RUNTIME.archType
      for _, file in ipairs(${luaList(hooks.map((h) => join(root, "hooks", h)))}) do dofile(file) end
    `,
    );
    return L;
  };
  return {
    call(hook, ctx) {
      const L = fresh();
      const file = { BackendListVersions: "backend_list_versions", BackendInstall: "backend_install", BackendExecEnv: "backend_exec_env" }[hook];
      push(L, ctx);
      lua.lua_setglobal(L, to_luastring("__ctx"));
      run(L, `require("hooks/${file}"); return PLUGIN:${hook}(__ctx)`, 1);
      const result = toJs(L, -1);
      lua.lua_settop(L, 0);
      return result;
    },
  };
}

function luaList(items: string[]): string {
  return `{${items.map((s) => JSON.stringify(s)).join(", ")}}`;
}
