// Every message the plugin raises starts with the plugin's name and says what to do next:
// mise wraps hook errors in its own generic text, so ours is the only useful line the user sees.

export const PLUGIN_NAME = "mise-ocx";

/** Raise a user-facing error. A plain string, since TSTL's Error needs Lua's `debug` library, which mise omits. */
export function fail(message: string): never {
  throw `${PLUGIN_NAME}: ${message}`;
}

/** How a tool (and version) is named in messages, exactly as the user writes it. */
export function label(tool: string, version?: string): string {
  const name = `ocx:${printable(tool)}`;
  return version === undefined ? name : `${name}@${printable(version)}`;
}

/** The two ways to get ocx (mise's github:ocx-sh/ocx, also the plugin's `depends`, or OCX's installer). */
export const GET_OCX = "get it with 'mise use -g github:ocx-sh/ocx@0.5.8' (or OCX's installer: curl -fsSL https://setup.ocx.sh/sh | sh)";

const MAX_SHOWN = 80;

/**
 * Text from mise.toml or ocx made safe to echo on one line: control bytes and non-ASCII are
 * shown as `?` (so a look-alike cannot pass for the real character), long text is cut.
 */
export function printable(text: string): string {
  let out = "";
  for (let i = 0; i < text.length && i < MAX_SHOWN; i++) {
    const c = text.charAt(i);
    out += c >= " " && c <= "~" ? c : "?";
  }
  return text.length > MAX_SHOWN ? `${out}...` : out;
}

/** Exit codes ocx documents (sysexits-aligned, ocx >= 0.3.0), plus the shell's "not found". */
export const EXIT = {
  notInstalled: 127,
  usage: 64,
  data: 65,
  unavailable: 69,
  io: 74,
  transient: 75,
  permission: 77,
  config: 78,
  notFound: 79,
  auth: 80,
  offline: 81,
} as const;

/** The part of ocx's stderr worth showing: its last line, without the log timestamp and level. */
export function lastStderrLine(stderr: string): string {
  const lines = stderr.split("\n").filter((line) => line.trim().length > 0);
  if (lines.length === 0) return "";
  const words = lines[lines.length - 1].trim().split(" ").filter((w) => w.length > 0);
  const stamped = words.length > 2 && words[0].endsWith("Z") && words[0].includes("T");
  return printable((stamped ? words.slice(2) : words).join(" "));
}
