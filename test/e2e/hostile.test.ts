// Hostile input from a mise.toml or a command line, through the real mise: each case ends in one
// clear error line and a non-zero exit, and nothing ran: the canary an injection would create
// stays absent, and ocx was not called, or only with the string as one inert argument.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MiseWorld } from "../support/world.mjs";

const world = new MiseWorld();
// Hooks run in the project folder: an injected `touch pwned` would create it there.
const CANARY = "pwned";
const SC = "ocx.sh/shellcheck";
const LIST_SC = `--format json --color never --remote index list ${SC}`;

const EACH_PART = "each part between '/' must be lowercase letters and digits, joined by single '.', '_', '__' or runs of '-'";
const VERSION_CHARS = "a version may only hold letters, digits, '.', '_', '-' and '+'";

/** How the hostile text reaches mise. */
type Via = "cli id" | "cli version" | "toml id" | "toml version" | "toml option";

interface Case {
  via: Via;
  value: string;
  /** The line the user sees, exactly (printed as part of mise's error output). */
  message: string;
  /** Only for `toml option`: the inline table's extra key and TOML value. */
  option?: string;
}

const pid = (id: string, reason: string): string => `mise-ocx: ocx:${id}: ${reason}`;
const pver = (v: string, reason: string): string => `mise-ocx: ocx:${SC}@${v}: ${reason}`;
/** As the plugin echoes text: each byte outside printable ASCII becomes '?'. */
const show = (text: string) => text.replace(/[^ -~]/gu, (c) => "?".repeat(Buffer.byteLength(c)));

const cases: Case[] = [
  // identifiers on the command line: `mise install ocx:<id>@1.0.0`
  ...[`a;touch ${CANARY}`, `a|touch ${CANARY}`, `a&touch ${CANARY}`, `a&&touch ${CANARY}`, `$(touch ${CANARY})`, `\`touch ${CANARY}\``, `a>${CANARY}`, `a<${CANARY}`, "a'b", 'a"b', "a b", "a\tb", "a\nb", "a\u0001b", "a\u007fb", "~/x", "a%path%b", "a\\b", "shellchеck", "ｓhellcheck", "tool-", "_tool", "a...b", "ghcr.io//tool"].map(
    (id): Case => ({ via: "cli id", value: id, message: pid(show(id), EACH_PART) }),
  ),
  { via: "cli id", value: "--remote", message: pid("--remote", "an identifier cannot start with '-'") },
  { via: "cli id", value: "-p", message: pid("-p", "an identifier cannot start with '-'") },
  { via: "cli id", value: "a/../b", message: pid("a/../b", "'.' and '..' are not allowed as identifier segments") },
  { via: "cli id", value: "./a", message: pid("./a", "'.' and '..' are not allowed as identifier segments") },
  { via: "cli id", value: "MyOrg/Tool", message: pid("MyOrg/Tool", "OCI identifiers are lowercase; write the identifier in lowercase") },
  { via: "cli id", value: "x".repeat(300), message: pid(`${"x".repeat(80)}...`, "the identifier is longer than 255 characters") },
  { via: "cli id", value: "ghcr.io/org/tool:1.0", message: pid("ghcr.io/org/tool:1.0", "the identifier holds a ':' tag; give the version to mise (ocx:<id>@<version>), not as a tag") },
  { via: "cli id", value: "a:b:c/d", message: pid("a:b:c/d", "the registry host may hold one ':' before its port") },
  { via: "cli id", value: "ghcr.io:99999999/a", message: pid("ghcr.io:99999999/a", "the registry port must be a number") },
  { via: "cli id", value: "bad_host.io/a", message: pid("bad_host.io/a", "the registry host must be a DNS name such as ghcr.io or localhost, with an optional :port") },
  // versions on the command line: `mise install ocx:ocx.sh/shellcheck@<v>`; mise itself refuses some
  ...[`1.0;touch ${CANARY}`, `1.0|touch ${CANARY}`, `1.0&&touch ${CANARY}`, "1.0.0 ", `1.0.0>${CANARY}`, "１.0.0"].map(
    (v): Case => ({ via: "cli version", value: v, message: pver(show(v), v.startsWith("１") ? "a version must start with a letter, a digit or '_'" : VERSION_CHARS) }),
  ),
  { via: "cli version", value: "9".repeat(200), message: pver(`${"9".repeat(80)}...`, "the version is longer than 128 characters") },
  { via: "cli version", value: "0.11'", message: `invalid tool version "0.11'": contains forbidden character '\\''` },
  { via: "cli version", value: '0.11"', message: `invalid tool version "0.11\\"": contains forbidden character '"'` },
  { via: "cli version", value: "--select", message: `invalid tool version "--select": must not start with '-'` },
  { via: "cli version", value: `$(touch ${CANARY})`, message: `invalid tool version "$(touch ${CANARY})": contains forbidden character '$'` },
  { via: "cli version", value: "..", message: `invalid tool version "..": contains path-traversal sequence` },
  { via: "cli version", value: "1.0.0\nid", message: `invalid tool version "1.0.0\\nid": contains forbidden character '\\n'` },
  // the same through mise.toml
  { via: "toml id", value: `a;touch ${CANARY}`, message: pid(`a;touch ${CANARY}`, EACH_PART) },
  { via: "toml id", value: "Org/Tool", message: pid("Org/Tool", "OCI identifiers are lowercase; write the identifier in lowercase") },
  { via: "toml version", value: `0.11;touch ${CANARY}`, message: pver(`0.11;touch ${CANARY}`, VERSION_CHARS) },
  { via: "toml version", value: "--select", message: `invalid tool version "--select": must not start with '-'` },
  // tool options with hostile values
  { via: "toml option", value: "platform", option: `"$(touch ${CANARY})"`, message: `mise-ocx: ocx:${SC}: the option 'platform' must be os/arch[/variant][+feature], e.g. linux/amd64+libc.musl` },
  { via: "toml option", value: "platform", option: '"--offline"', message: `mise-ocx: ocx:${SC}: the option 'platform' must be os/arch[/variant][+feature], e.g. linux/amd64+libc.musl` },
  { via: "toml option", value: "platform", option: '"linux/amd64 -p darwin/arm64"', message: `mise-ocx: ocx:${SC}: the option 'platform' must be os/arch[/variant][+feature], e.g. linux/amd64+libc.musl` },
  { via: "toml option", value: "variant", option: `"slim;touch ${CANARY}"`, message: `mise-ocx: ocx:${SC}: the option 'variant' must be a tag prefix such as 'slim': a lowercase letter, then letters, digits or '.'` },
  { via: "toml option", value: "variant", option: '"-x"', message: `mise-ocx: ocx:${SC}: the option 'variant' must be a tag prefix such as 'slim': a lowercase letter, then letters, digits or '.'` },
  { via: "toml option", value: "variant", option: "{ nested = true }", message: `mise-ocx: ocx:${SC}: the option 'variant' must be a string` },
];

let counter = 0;

function attempt(c: Case) {
  const project = world.dir(`project-${++counter}`);
  const toml = (key: string, value: string) => world.writeConfig(`[tools]\n${JSON.stringify(key)} = ${value}\n`, project);
  if (c.via === "cli id") return world.mise(["install", `ocx:${c.value}@1.0.0`], project);
  if (c.via === "cli version") return world.mise(["install", `ocx:${SC}@${c.value}`], project);
  if (c.via === "toml id") toml(`ocx:${c.value}`, '"1.0.0"');
  if (c.via === "toml version") toml(`ocx:${SC}`, JSON.stringify(c.value));
  if (c.via === "toml option") toml(`ocx:${SC}`, `{ version = "0.11", ${c.value} = ${c.option} }`);
  return world.mise(["install"], project);
}

/** Version folders mise holds for any tool (its own bookkeeping files excluded). */
function installedVersions(): string[] {
  const installs = join(world.dataDir, "installs");
  if (!existsSync(installs)) return [];
  return readdirSync(installs)
    .filter((tool) => !tool.startsWith("."))
    .flatMap((tool) => readdirSync(join(installs, tool)).filter((v) => !v.startsWith(".")).map((v) => `${tool}/${v}`));
}

describe(`hostile input (${cases.length} cases) through the real mise`, () => {
  beforeAll(() => {
    world.installPlugin();
  });

  it("has at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [`${c.via} ${JSON.stringify(c.value).slice(0, 50)}${c.option ? ` = ${c.option}` : ""}`, c] as const))("%s", (_, c) => {
    world.clearCalls();
    const run = attempt(c);
    expect(run.code).not.toBe(0);
    expect(run.output.split("\n").filter((line) => line.endsWith(c.message))).not.toEqual([]);
    expect(existsSync(join(world.root, `project-${counter}`, CANARY))).toBe(false);
    // ocx saw nothing but, at most, the listing of the valid identifier the version belongs to
    expect(world.ocxCommands().filter((command) => command !== LIST_SC)).toEqual([]);
    expect(installedVersions()).toEqual([]);
  });
});
