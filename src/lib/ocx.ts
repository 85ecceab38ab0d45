// The ocx 0.5.8 command-line contract as the plugin uses it: root flags before the subcommand,
// JSON on stdout keyed by the identifier as typed, sysexits-style exit codes. Each command is
// an argv array; the host runs it without any shell interpretation of its parts.

import { isDigit, madeOf } from "./chars";
import { EXIT, fail, GET_OCX, lastStderrLine, printable } from "./errors";
import { decodeOrUndefined, TIMED_OUT, type Host } from "./host";
import { authSlug, registryHost } from "./identifier";
import { isRecord, parsePackageEnv, type PackageEnv } from "./package_env";
import type { Captured } from "./shell";

const ROOT_FLAGS = ["--format", "json", "--color", "never"];
const TRIES = 3;
/** Default limits per kind of call; MISE_OCX_TIMEOUT (seconds) overrides both. */
const TIMEOUT_SECONDS = { query: 120, install: 1800 };
export type CallKind = keyof typeof TIMEOUT_SECONDS;
const DEFAULT_REGISTRY = "ocx.sh";

/** The ocx program to run (found by locate.ts) and the host that runs it. */
export interface Ocx {
  readonly host: Host;
  readonly program: string;
}

/** What a message is about, e.g. `ocx:ocx.sh/shellcheck@0.11.0`, and the identifier behind it. */
export interface Subject {
  readonly label: string;
  readonly tool: string;
}

/** A finished ocx run and the time limit it ran under. */
export interface Outcome extends Captured {
  readonly limitSeconds: number;
}

function timeoutFor(host: Host, kind: CallKind): number {
  const override = host.env("MISE_OCX_TIMEOUT") ?? "";
  return madeOf(override, isDigit) && Number(override) > 0 ? Number(override) : TIMEOUT_SECONDS[kind];
}

/** Runs ocx, retrying transient failures (exit 75) with a growing pause. */
export function call(ocx: Ocx, args: readonly string[], kind: CallKind): Outcome {
  const limitSeconds = timeoutFor(ocx.host, kind);
  const argv = [ocx.program, ...ROOT_FLAGS, ...args];
  let outcome = ocx.host.run(argv, limitSeconds);
  for (let attempt = 1; attempt < TRIES && outcome.code === EXIT.transient; attempt++) {
    ocx.host.sleep(attempt);
    outcome = ocx.host.run(argv, limitSeconds);
  }
  return { ...outcome, limitSeconds };
}

/** Shells report a child killed by signal N as exit 128 + N. */
const SIGNAL_BASE = 128;

/** The one-line error for a failed ocx run: what happened, what to do, and ocx's own last word. */
export function failureMessage(subject: Subject, outcome: Outcome): string {
  const host = registryHost(subject.tool, DEFAULT_REGISTRY);
  const code = outcome.code;
  let what: string;
  if (code === TIMED_OUT) {
    what = `ocx did not finish within ${outcome.limitSeconds}s and was stopped; check the network, or allow longer with MISE_OCX_TIMEOUT=<seconds>`;
  } else if (code === EXIT.notInstalled) {
    what = `ocx could not be run (exit 127); ${GET_OCX}`;
  } else if (code === EXIT.usage) {
    what = "ocx rejected the command line (exit 64); mise-ocx needs ocx >= 0.5.8, check 'ocx version' and upgrade";
  } else if (code === EXIT.transient) {
    what = `the registry did not answer (exit 75, gave up after ${TRIES} tries); check the network and retry`;
  } else if (code === EXIT.notFound) {
    what = "not found in the registry (exit 79); check the identifier and the version";
  } else if (code === EXIT.auth) {
    what = `${host} refused access (exit 80); run 'ocx login ${host}' or set OCX_AUTH_${authSlug(host)}_TOKEN`;
  } else if (code === EXIT.offline) {
    what = `not available offline (exit 81); go online once, or run 'ocx index update ${subject.tool}'`;
  } else if (code === EXIT.data) {
    what = "ocx refused the package data (exit 65: bad digest, platform mismatch or yanked tag); pick another version or set the 'platform' option";
  } else if (code === EXIT.unavailable) {
    what = "the registry answered but cannot serve this package (exit 69); retrying will not help, check the identifier with the registry's owner";
  } else if (code === EXIT.io) {
    what = "ocx could not read or write its store (exit 74); check free space and permissions under OCX_HOME (default ~/.ocx)";
  } else if (code === EXIT.permission) {
    what = "ocx was denied permission (exit 77); check the permissions under OCX_HOME (default ~/.ocx)";
  } else if (code === EXIT.config) {
    what = "ocx's configuration is invalid (exit 78); fix ocx's config.toml or the OCX_* variables it names";
  } else if (code > SIGNAL_BASE) {
    what = `ocx was killed by signal ${code - SIGNAL_BASE} before it finished; nothing was installed, run the command again`;
  } else {
    what = `ocx failed (exit ${code}); run the command again with ocx's message below in mind`;
  }
  const said = lastStderrLine(outcome.stderr);
  return `${subject.label}: ${what}${said === "" ? "" : ` (ocx: ${said})`}`;
}

/** Fails with `failureMessage`, adding `extra` (e.g. the nearest versions) when given. */
export function failWith(subject: Subject, outcome: Outcome, extra?: string): never {
  return fail(failureMessage(subject, outcome) + (extra ?? ""));
}

function mismatch(subject: Subject, what: string): never {
  return fail(`${subject.label}: ocx printed ${what}; mise-ocx needs ocx >= 0.5.8 (check 'ocx version')`);
}

/** Parses a successful run's JSON, or names the output a version mismatch. */
export function decode(host: Host, subject: Subject, outcome: Captured): unknown {
  const value = decodeOrUndefined(host, outcome.stdout);
  return value === undefined ? mismatch(subject, `output that is not JSON (${printable(outcome.stdout.trim())})`) : value;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** ocx keys each report by the identifier exactly as typed; one entry is taken whatever its key. */
function reportFor(report: unknown, key: string): unknown {
  if (!isRecord(report)) return undefined;
  if (report[key] !== undefined) return report[key];
  const keys = Object.keys(report);
  return keys.length === 1 ? report[keys[0]] : undefined;
}

// ---- index list ----

/** `ocx [--remote] index list <tool>` -> its tags, or the failed run. */
export function listTags(ocx: Ocx, subject: Subject, remote: boolean): string[] | Outcome {
  const outcome = call(ocx, [...(remote ? ["--remote"] : []), "index", "list", subject.tool], "query");
  if (outcome.code !== 0) return outcome;
  const tags = reportFor(decode(ocx.host, subject, outcome), subject.tool);
  return isStringArray(tags) ? tags : mismatch(subject, "a tag list of an unexpected shape");
}

// ---- package install / which / env ----

export interface Installed {
  /** Canonical `registry/repo:tag@sha256:...`: the immutable pin for every later call. */
  readonly pinned: string;
}

/** `package install`; `offline` adds ocx's `--offline` (only the local index and store are used). */
export function installPackage(ocx: Ocx, subject: Subject, reference: string, platform: string | undefined, offline = false): Installed | Outcome {
  const args = [...(offline ? ["--offline"] : []), "package", "install", ...(platform === undefined ? [] : ["-p", platform]), reference];
  const outcome = call(ocx, args, "install");
  if (outcome.code !== 0) return outcome;
  const entry = reportFor(decode(ocx.host, subject, outcome), reference);
  const pinned = isRecord(entry) ? entry.identifier : undefined;
  if (typeof pinned !== "string" || !pinned.includes("@sha256:")) mismatch(subject, "an install report of an unexpected shape");
  return { pinned };
}

/** `package which` -> the package root in OCX's store (parent of `content/`). */
export function packageRoot(ocx: Ocx, subject: Subject, pinned: string): string {
  const outcome = call(ocx, ["package", "which", pinned], "query");
  if (outcome.code !== 0) failWith(subject, outcome);
  const entry = reportFor(decode(ocx.host, subject, outcome), pinned);
  const path = isRecord(entry) ? entry.path : undefined;
  return typeof path === "string" && path !== "" ? path : mismatch(subject, "a 'which' report of an unexpected shape");
}

/** `--offline package env <pinned>`: the content is already local, so no network is needed. */
export function packageEnv(ocx: Ocx, subject: Subject, pinned: string): PackageEnv {
  const outcome = call(ocx, ["--offline", "package", "env", pinned], "query");
  if (outcome.code !== 0) failWith(subject, outcome);
  return parsePackageEnv(decode(ocx.host, subject, outcome)) ?? mismatch(subject, "an environment of an unexpected shape");
}
