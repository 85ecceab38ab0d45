// A scripted Host for the TypeScript flow tests: ocx answers come from a list of rules, files
// live in a Map, and every call is recorded so tests assert exactly what the plugin asked for.
import type { Host } from "../../src/lib/host";
import type { Ocx } from "../../src/lib/ocx";
import type { Captured } from "../../src/lib/shell";

export interface Rule {
  /** Matches when every word appears in the argv, in order. */
  match: string[];
  reply: Captured | ((argv: readonly string[]) => Captured);
  /** Used this many times, then skipped (unlimited when unset). */
  times?: number;
}

export const ok = (value: unknown): Captured => ({ code: 0, stdout: `${JSON.stringify(value)}\n`, stderr: "" });
export const exit = (code: number, stderr = ""): Captured => ({ code, stdout: "", stderr });

function matches(argv: readonly string[], words: string[]): boolean {
  let at = 0;
  for (const word of words) {
    at = argv.indexOf(word, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

export class FakeHost implements Host {
  readonly os = "linux";
  /** What `now` answers, in seconds. */
  clock = 1_800_000_000;
  readonly pluginDir = "/mise/plugins/ocx";
  readonly calls: string[][] = [];
  readonly sleeps: number[] = [];
  readonly warnings: string[] = [];
  readonly files = new Map<string, string>();
  readonly links = new Map<string, string>();
  /** The hooks' environment, as `env` reads it. */
  readonly variables = new Map<string, string>();
  /** Paths `exists` reports as present, besides files and links. */
  readonly present = new Set<string>();
  private readonly used = new Map<Rule, number>();

  constructor(private readonly rules: Rule[]) {}

  /** This host running the program `ocx`, as the ocx client takes it. */
  get ocx(): Ocx {
    return { host: this, program: "ocx" };
  }

  /** The time limit of each ocx run, in call order. */
  readonly limits: number[] = [];

  /** The program of each run, in call order (`calls` holds the arguments). */
  readonly programs: string[] = [];

  run = (argv: readonly string[], timeoutSeconds: number): Captured => {
    this.programs.push(argv[0]);
    argv = argv.slice(1);
    this.calls.push([...argv]);
    this.limits.push(timeoutSeconds);
    for (const rule of this.rules) {
      const count = this.used.get(rule) ?? 0;
      if (!matches(argv, rule.match) || (rule.times !== undefined && count >= rule.times)) continue;
      this.used.set(rule, count + 1);
      return typeof rule.reply === "function" ? rule.reply(argv) : rule.reply;
    }
    throw new Error(`no rule for ocx ${argv.join(" ")}`);
  };
  readText = (path: string) => this.files.get(path);
  /** Entries directly under `dir`, from the files and links the host holds. */
  listDir = (dir: string) => {
    const entries = new Set<string>();
    for (const path of [...this.files.keys(), ...this.links.keys()]) {
      if (path.startsWith(`${dir}/`)) entries.add(`${dir}/${path.slice(dir.length + 1).split("/")[0]}`);
    }
    return [...entries].sort();
  };
  writeTextAtomic = (path: string, text: string) => void this.files.set(path, text);
  symlink = (target: string, linkPath: string) => void this.links.set(linkPath, target);
  makeDirs = (dir: string) => void this.present.add(dir);
  now = () => this.clock;
  exists = (path: string) => this.files.has(path) || this.links.has(path) || this.present.has(path);
  sleep = (seconds: number) => void this.sleeps.push(seconds);
  env = (name: string) => this.variables.get(name);
  warn = (message: string) => void this.warnings.push(message);
  decodeJson = (text: string): unknown => JSON.parse(text);
  encodeJson = (value: unknown) => JSON.stringify(value);
}

/** Runs `fn` and returns the message it raised (the plugin raises plain strings, as in Lua). */
export function raised(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return String(e);
  }
  throw new Error("expected an error, none was raised");
}
