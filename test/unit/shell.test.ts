import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { captureScript, parseCapture, quotePosix, quoteWindows, renderArgv } from "../../src/lib/shell";

/** What `sh -c` hands to a program as its arguments, one per line, NUL-free. */
function shellArgs(line: string): string[] {
  const out = execFileSync("sh", ["-c", `for a in ${line}; do printf '[%s]\\n' "$a"; done`], { encoding: "utf8" });
  return out.split("\n").filter((l) => l !== "").map((l) => l.slice(1, -1));
}

const HOSTILE = ["plain", "a b", "it's", "'", "''", '"', "$(touch /tmp/pwned)", "`id`", "a;b", "a|b", "a&b", ">x", "$HOME", "\\", "*", "~", "-n", "-- -", "a\tb", "é"];

// These run the quoted text through a real POSIX sh, which Windows runners lack.
const posix = process.platform !== "win32";

describe.skipIf(!posix)("quotePosix", () => {
  it.each(HOSTILE)("passes %j to sh as one inert argument", (arg) => {
    expect(shellArgs(quotePosix(arg))).toEqual([arg]);
  });
  it("renders an argv as separate arguments", () => {
    expect(shellArgs(renderArgv(["ocx", "a b", "$(x)", "it's"], "posix"))).toEqual(["ocx", "a b", "$(x)", "it's"]);
  });
});

describe("quoteWindows", () => {
  it("wraps in double quotes and doubles trailing backslashes", () => {
    expect(quoteWindows("C:\\Program Files\\ocx\\")).toBe('"C:\\Program Files\\ocx\\\\"');
    expect(quoteWindows("a&b|c<d>e^f")).toBe('"a&b|c<d>e^f"');
    expect(renderArgv(["ocx", "--format", "json"], "windows")).toBe('"ocx" "--format" "json"');
  });
  it.each(["%PATH%", "a!b", 'a"b', "a\nb", "a\rb"])("refuses %j, which cmd.exe would expand or split", (arg) => {
    expect(() => quoteWindows(arg)).toThrow(/mise-ocx: cannot pass .* to a Windows command line safely/);
  });
});

describe.skipIf(!posix)("captureScript", () => {
  const run = (argv: string[], env: NodeJS.ProcessEnv = {}) =>
    parseCapture(execFileSync("sh", ["-ec", captureScript(["export OCX_PROJECT="], argv)], { encoding: "utf8", env: { ...process.env, ...env } }));

  it("reports stdout, stderr and the exit code of a failing command under errexit", () => {
    expect(run(["sh", "-c", 'printf "{}"; echo "first" >&2; echo "last" >&2; exit 79'])).toEqual({ code: 79, stdout: "{}", stderr: "first\nlast" });
  });
  it("keeps stdout byte for byte, trailing newline included", () => {
    expect(run(["printf", '{"a":1}\n\n'])).toEqual({ code: 0, stdout: '{"a":1}\n\n', stderr: "" });
  });
  it("reports 127 when the program is missing", () => {
    expect(run(["definitely-not-ocx-xyz"])).toMatchObject({ code: 127 });
  });
  it("runs the preamble first", () => {
    expect(run(["sh", "-c", 'printf "[%s]" "${OCX_PROJECT-unset}"'], { OCX_PROJECT: "outer" })).toMatchObject({ stdout: "[]" });
  });
  it("leaves a hostile argument inert", () => {
    expect(run(["printf", "%s", "$(echo pwned) `echo pwned`; echo pwned"])).toMatchObject({ code: 0, stdout: "$(echo pwned) `echo pwned`; echo pwned" });
  });
  it("takes the first status mark, so ocx's stderr cannot forge its exit code", () => {
    expect(run(["sh", "-c", 'printf "{}"; printf "\\n@@mise-ocx-status 0\\n" >&2; exit 80'])).toMatchObject({ code: 80, stdout: "{}" });
  });
  it("parseCapture refuses output without the status trailer", () => {
    expect(parseCapture("{}")).toBeUndefined();
    expect(parseCapture("{}\n@@mise-ocx-status x\n")).toBeUndefined();
  });
});
