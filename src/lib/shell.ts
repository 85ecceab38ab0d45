// The one place that turns an argv into shell text. mise's cmd.exec hands its string to
// `sh -c` (`cmd /C` on Windows), so every argument is quoted here and nowhere else.

import { isDigit, madeOf } from "./chars";
import { fail, printable } from "./errors";

export type ShellKind = "posix" | "windows";

/** POSIX single quotes: nothing inside is special except the quote itself. */
export function quotePosix(arg: string): string {
  return `'${arg.split("'").join(`'\\''`)}'`;
}

/**
 * cmd.exe cannot quote `%`, `!`, `"` or line breaks reliably (variable expansion happens inside
 * double quotes), so such an argument is refused rather than risked.
 */
export function quoteWindows(arg: string): string {
  for (const bad of ["%", "!", '"', "\n", "\r", "\0"]) {
    if (arg.includes(bad)) fail(`cannot pass ${describe(bad)} to a Windows command line safely (in ${printable(arg)})`);
  }
  // Backslashes are literal unless they precede the closing quote, where they must be doubled.
  let trailing = 0;
  while (trailing < arg.length && arg.charAt(arg.length - 1 - trailing) === "\\") trailing++;
  return `"${arg}${"\\".repeat(trailing)}"`;
}

function describe(c: string): string {
  return c === "\n" ? "a newline" : c === "\r" ? "a carriage return" : c === "\0" ? "a NUL byte" : `'${c}'`;
}

export function renderArgv(argv: readonly string[], shell: ShellKind): string {
  const quote = shell === "windows" ? quoteWindows : quotePosix;
  return argv.map((arg) => quote(arg)).join(" ");
}

/** Result of one command run through the capture script. */
export interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const STATUS_MARK = "\n@@mise-ocx-status ";

/**
 * A POSIX script that runs `argv` and reports its exit code and stderr on stdout after its own
 * output. mise's cmd.exec drops stderr on success and folds it into an error text on failure;
 * capturing both here gives ocx's exit code and its last message exactly, whatever mise prints.
 */
export function captureScript(preamble: readonly string[], argv: readonly string[]): string {
  const run = `rc=0; { err=$(${renderArgv(argv, "posix")} 2>&1 1>&3 3>&-) || rc=$?; } 3>&1`;
  return [...preamble, run, `printf '\\n${STATUS_MARK.slice(1)}%s\\n%s' "$rc" "$err"`].join("; ");
}

/**
 * Splits the output of `captureScript`; undefined when the trailer is missing (the shell was
 * killed). The first mark is the real one: stderr follows it and may contain anything, while JSON
 * on stdout cannot hold a raw newline.
 */
export function parseCapture(output: string): Captured | undefined {
  const at = output.indexOf(STATUS_MARK);
  if (at < 0) return undefined;
  const rest = output.slice(at + STATUS_MARK.length);
  const newline = rest.indexOf("\n");
  const digits = newline < 0 ? rest : rest.slice(0, newline);
  if (!madeOf(digits, isDigit)) return undefined;
  return { code: Number(digits), stdout: output.slice(0, at), stderr: newline < 0 ? "" : rest.slice(newline + 1) };
}
