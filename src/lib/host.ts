// The impure edges of the plugin behind one interface: running programs, the file system, JSON,
// time and logging. mise_host.ts implements it over mise's Lua modules; tests hand in their own.

import type { Captured } from "./shell";

/** A run that ended in a timeout instead of an exit code. */
export const TIMED_OUT = -1;

const TRUTHY = ["1", "true", "yes", "on", "y"];

/** Whether an environment switch such as MISE_OFFLINE is on (mise's and ocx's truthy spellings). */
export function envFlag(host: Host, name: string): boolean {
  const value = host.env(name);
  return value !== undefined && TRUTHY.includes(value.toLowerCase());
}

/** What activation needs: reading files. Kept apart so the exec-env path loads the least code. */
/** @noSelf */
export interface Reader {
  /** RUNTIME.osType: `linux`, `darwin` or `windows`. */
  readonly os: string;
  /** undefined when the file does not exist. */
  readText(path: string): string | undefined;
  /** Follows links: false for a link whose target is gone. */
  exists(path: string): boolean;
  /** Throws on invalid JSON. JSON null may come back as a non-table, non-string sentinel. */
  decodeJson(text: string): unknown;
}

/** The decoded JSON, or undefined when `text` is not JSON. */
export function decodeOrUndefined(reader: Reader, text: string): unknown {
  try {
    return reader.decodeJson(text);
  } catch {
    return undefined;
  }
}

/** @noSelf */
export interface Host extends Reader {
  /** Where mise keeps this plugin: `<MISE_DATA_DIR>/plugins/<name>`. */
  readonly pluginDir: string;
  /** Runs `argv` (program first) with no shell interpretation; `code` is TIMED_OUT when it overran. */
  run(argv: readonly string[], timeoutSeconds: number): Captured;
  /** Full paths of the entries of `dir`; empty when it does not exist. */
  listDir(dir: string): string[];
  /** Readers never see a partial file: written beside the target, then renamed over it. Synchronous. */
  writeTextAtomic(path: string, text: string): void;
  symlink(target: string, linkPath: string): void;
  /** Creates `dir` and its parents when missing; raises on failure, synchronously (safe in try/catch). */
  makeDirs(dir: string): void;
  sleep(seconds: number): void;
  /** Seconds since the epoch. */
  now(): number;
  /** A variable of the environment mise runs hooks in. */
  env(name: string): string | undefined;
  /** A notice on stderr; the host adds the plugin's name. */
  warn(message: string): void;
  encodeJson(value: unknown): string;
}
