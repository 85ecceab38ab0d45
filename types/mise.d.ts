/** @noSelfInFile */
// The host surface mise gives a Lua backend plugin (crates/vfox/src/lua_mod/*.rs, mise 2026.9.15),
// declared once. Only what the plugin may rely on is declared; anything else is a type error.

/** Tool options from mise.toml: top-level scalars arrive as strings, nested tables keep their TOML types. */
type ToolOptions = { readonly [key: string]: unknown };

interface ListVersionsContext {
  readonly tool: string;
  readonly options?: ToolOptions;
}
interface ListVersionsResult {
  versions: string[];
}
interface InstallContext {
  readonly tool: string;
  readonly version: string;
  readonly install_path: string;
  readonly download_path: string;
  readonly options?: ToolOptions;
}
interface ExecEnvContext {
  readonly tool: string;
  readonly version: string;
  readonly install_path: string;
  readonly options?: ToolOptions;
}
interface EnvVar {
  key: string;
  value: string;
}
interface ExecEnvResult {
  env_vars: EnvVar[];
}

interface PluginMetadata {
  name: string;
  version: string;
  description: string;
  author: string;
  homepage: string;
  license: string;
  minRuntimeVersion: string;
  /** The oldest mise this plugin supports (informational: mise does not read it). */
  minMiseVersion: string;
  notes: string[];
  /** Tools (as written in mise.toml) mise installs before this plugin's and puts on the hooks' PATH. */
  depends: string[];
}
/** Hooks are required so TSTL checks that each is assigned a function taking `self` (TS100016). */
interface PluginHooks {
  BackendListVersions: (this: MisePlugin, ctx: ListVersionsContext) => ListVersionsResult;
  BackendInstall: (this: MisePlugin, ctx: InstallContext) => Record<string, never>;
  BackendExecEnv: (this: MisePlugin, ctx: ExecEnvContext) => ExecEnvResult;
}
type MisePlugin = PluginMetadata & PluginHooks;

declare var PLUGIN: MisePlugin;

/** Userdata with getters in mise: fields read one by one, never iterated. */
declare const RUNTIME: {
  readonly osType: string;
  readonly archType: string;
  readonly envType: string | undefined;
  readonly version: string;
  readonly pluginDirPath: string;
};

declare module "cmd" {
  interface ExecOptions {
    cwd?: string;
    env?: { [key: string]: string };
    /** Seconds (> 0). Honoured by mise >= 2026.9. */
    timeout?: number;
  }
  /** Runs `sh -c command` (`cmd /C` on Windows); returns stdout; raises on a non-zero exit. */
  function exec(command: string, options?: ExecOptions): string;
}

declare module "json" {
  function encode(value: unknown): string;
  /** JSON null decodes to a truthy userdata sentinel, not nil. */
  function decode(text: string): unknown;
}

declare module "file" {
  /** Raises when missing. */
  function read(path: string): string;
  function exists(path: string): boolean;
  function symlink(target: string, linkPath: string): void;
  /** Full paths of the entries of `dir`, sorted; raises when `dir` is missing. */
  function list(dir: string): string[];
  function join_path(...parts: string[]): string;
}

declare module "log" {
  function debug(...args: unknown[]): void;
  function info(...args: unknown[]): void;
  function warn(...args: unknown[]): void;
  function error(...args: unknown[]): void;
}
