// @ts-check
// Stand-in for the ocx 0.5.8 CLI, for tests only (never shipped). It follows the contract in
// shared/reference/ocx-cli.md: root flags before the subcommand (64 otherwise), JSON reports keyed
// by the identifier as typed, sysexits exit codes, the OCX_HOME store layout, OCX_AUTH_* auth.
// It serves packages from the fixture registry in $OCX_STANDIN_REGISTRY (registry.mjs), appends
// every call to $OCX_STANDIN_LOG, and injects the faults listed in $OCX_STANDIN_FAULTS.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { readRepo } from "./registry.mjs";

const VERSION = process.env.OCX_STANDIN_VERSION ?? "0.5.8";
const EXIT = { usage: 64, data: 65, transient: 75, notFound: 79, auth: 80, offline: 81 };

class OcxError extends Error {
  /** @param {number} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** ocx's stderr line format: `<timestamp> <LEVEL> <message>`. @param {string} level @param {string} message */
function log(level, message) {
  process.stderr.write(`${new Date().toISOString()} ${level} ${message}\n`);
}

// ---------------------------------------------------------------- call log and faults

const argv = process.argv.slice(2);
const LOGGED_ENV = ["OCX_HOME", "OCX_PROJECT", "OCX_INDEX", "OCX_OFFLINE", "OCX_REMOTE", "OCX_DEFAULT_REGISTRY"];
if (process.env.OCX_STANDIN_LOG) {
  /** @type {Record<string, string | null>} */
  const env = {};
  for (const key of LOGGED_ENV) env[key] = process.env[key] ?? null;
  appendFileSync(process.env.OCX_STANDIN_LOG, `${JSON.stringify({ argv, env, pid: process.pid })}\n`);
}

/**
 * A fault rule: when the call's words (flags and positionals joined by spaces) contain `when`,
 * the first `times` matching calls (all, if unset) sleep `sleep` seconds, then print `stdout`/`stderr`
 * and exit with `exit`; `crash` instead leaves a half-written package behind and dies by SIGKILL.
 * @typedef {{ when: string, exit?: number, times?: number, stdout?: string, stderr?: string, sleep?: number, crash?: boolean }} Fault
 */
function injectFault() {
  const path = process.env.OCX_STANDIN_FAULTS;
  if (!path || !existsSync(path)) return;
  /** @type {Fault[]} */
  const faults = JSON.parse(readFileSync(path, "utf8"));
  const words = argv.join(" ");
  faults.forEach((fault, i) => {
    if (!words.includes(fault.when)) return;
    const counter = `${path}.${i}.count`;
    const seen = existsSync(counter) ? Number(readFileSync(counter, "utf8")) : 0;
    if (fault.times !== undefined && seen >= fault.times) return;
    writeFileSync(counter, String(seen + 1));
    if (fault.sleep) execFileSync("sleep", [String(fault.sleep)]);
    if (fault.crash) {
      const partial = join(home(), "temp", `crash-${process.pid}`);
      mkdirSync(partial, { recursive: true });
      writeFileSync(join(partial, "half-written"), "x");
      process.kill(process.pid, "SIGKILL");
    }
    if (fault.stdout) process.stdout.write(fault.stdout);
    if (fault.stderr) log("ERROR", fault.stderr);
    process.exit(fault.exit ?? 1);
  });
}

// ---------------------------------------------------------------- root flags

/** @type {{ format: string, remote: boolean, offline: boolean, frozen: boolean, index?: string }} */
const opts = { format: "plain", remote: truthy(process.env.OCX_REMOTE), offline: truthy(process.env.OCX_OFFLINE), frozen: false };
const ROOT_WITH_VALUE = ["--format", "--color", "--index", "--log-level", "-l", "--jobs", "--config", "-c", "--project"];
const ROOT_SWITCHES = ["--json", "--remote", "-r", "--offline", "--frozen", "--quiet", "-q", "--global", "-g"];

/** @param {string | undefined} value */
function truthy(value) {
  return ["1", "y", "yes", "on", "true"].includes(String(value ?? "").toLowerCase());
}

function parseRoot() {
  let i = 0;
  while (i < argv.length && argv[i].startsWith("-")) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (ROOT_WITH_VALUE.includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new OcxError(EXIT.usage, `a value is required for '${flag}'`);
      if (flag === "--format") opts.format = value;
      if (flag === "--index") opts.index = value;
    } else if (ROOT_SWITCHES.includes(flag)) {
      if (flag === "--json") opts.format = "json";
      if (flag === "--remote" || flag === "-r") opts.remote = true;
      if (flag === "--offline") opts.offline = true;
      if (flag === "--frozen") opts.frozen = true;
    } else {
      throw new OcxError(EXIT.usage, `unexpected argument '${flag}' found`);
    }
    i++;
  }
  if (opts.frozen && opts.remote) throw new OcxError(EXIT.usage, "'--frozen' cannot be used with '--remote'");
  if (!["plain", "json"].includes(opts.format)) throw new OcxError(EXIT.usage, `invalid value '${opts.format}' for '--format'`);
  return argv.slice(i);
}

/**
 * Splits a subcommand's arguments; root flags here are usage errors, as in ocx.
 * @param {string[]} args @param {string[]} withValue @param {string[]} switches
 */
function parseSub(args, withValue, switches) {
  /** @type {Record<string, string | boolean>} */
  const flags = {};
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      positional.push(...args.slice(i));
      break;
    }
    if (arg.startsWith("-") && arg !== "-") {
      const [flag, inline] = arg.split(/=(.*)/s, 2);
      if (withValue.includes(flag)) flags[flag] = inline ?? args[++i];
      else if (switches.includes(flag)) flags[flag] = true;
      else throw new OcxError(EXIT.usage, `unexpected argument '${flag}' found`);
    } else positional.push(arg);
  }
  return { flags, positional };
}

// ---------------------------------------------------------------- identifiers and store

function home() {
  const env = process.env.OCX_HOME;
  return env ? resolve(env) : join(homedir(), ".ocx");
}
function registryDir() {
  // Every use of the registry is a network access: recorded for the offline tests.
  if (process.env.OCX_STANDIN_NETLOG) appendFileSync(process.env.OCX_STANDIN_NETLOG, `${JSON.stringify({ argv, pid: process.pid })}\n`);
  const dir = process.env.OCX_STANDIN_REGISTRY;
  if (!dir) throw new OcxError(EXIT.transient, "connection refused: no registry configured (OCX_STANDIN_REGISTRY)");
  return dir;
}
const slug = (/** @type {string} */ host) => host.replace(/[^A-Za-z0-9._-]/g, "_");
const authSlug = (/** @type {string} */ host) => host.replace(/[^A-Za-z0-9]/g, "_");

/**
 * `[registry/]repository[:tag][@digest]`, parsed as ocx does.
 * @param {string} raw
 * @returns {Id}
 */
function parseId(raw) {
  let rest = raw;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new OcxError(EXIT.data, `invalid digest in '${raw}'`);
  }
  const segments = rest.split("/");
  let tag;
  const last = segments[segments.length - 1];
  const colon = last.indexOf(":");
  if (colon >= 0) {
    tag = last.slice(colon + 1).replace(/\+/g, "_");
    segments[segments.length - 1] = last.slice(0, colon);
  }
  const first = segments[0];
  const hasHost = segments.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost");
  const registry = hasHost ? first : process.env.OCX_DEFAULT_REGISTRY || "ocx.sh";
  const repository = (hasHost ? segments.slice(1) : segments).join("/");
  if (repository !== repository.toLowerCase()) throw new OcxError(EXIT.data, `invalid identifier '${raw}': repository must be lowercase`);
  if (!repository || repository.length > 255 || !repository.split("/").every((s) => /^[a-z0-9._-]+$/.test(s) && s !== "." && s !== "..")) {
    throw new OcxError(EXIT.notFound, `package '${raw}' not found`);
  }
  if (tag !== undefined && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(tag)) throw new OcxError(EXIT.data, `invalid tag in '${raw}'`);
  return { raw, registry, repository, tag, digest: digest?.slice("sha256:".length) };
}

/** @typedef {{ raw: string, registry: string, repository: string, tag?: string, digest?: string }} Id */

const fullName = (/** @type {Id} */ id) => `${id.registry}/${id.repository}`;
const packageDir = (/** @type {Id} */ id, /** @type {string} */ hex) => join(home(), "packages", slug(id.registry), "sha256", hex.slice(0, 2), hex.slice(2, 32));
const candidateLink = (/** @type {Id} */ id, /** @type {string} */ tag) => join(home(), "symlinks", slug(id.registry), ...id.repository.split("/"), "candidates", tag);
const localIndexFile = (/** @type {Id} */ id) => join(opts.index ?? process.env.OCX_INDEX ?? join(home(), "index"), "local", slug(id.registry), `${id.repository}.json`);

/** @param {Id} id @returns {Record<string, string>} tag -> digest hex known locally */
function localTags(id) {
  const file = localIndexFile(id);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).tags : {};
}
/** @param {Id} id @param {Record<string, string>} tags */
function recordLocal(id, tags) {
  const file = localIndexFile(id);
  mkdirSync(join(file, ".."), { recursive: true });
  // Staged and renamed, as ocx writes its index: parallel installs never read half a file.
  const staged = `${file}.${process.pid}.tmp`;
  writeFileSync(staged, JSON.stringify({ tags: { ...localTags(id), ...tags } }));
  renameSync(staged, file);
}

/**
 * The host actually contacted for `registry`: its mirror when OCX_MIRRORS (a JSON map of host to
 * mirror host, as in ocx's `[mirrors]`) names one.
 * @param {string} registry
 */
function contactedHost(registry) {
  /** @type {Record<string, string>} */
  const mirrors = process.env.OCX_MIRRORS ? JSON.parse(process.env.OCX_MIRRORS) : {};
  return mirrors[registry] ?? registry;
}

/** The remote repository, after the auth check ocx's registry client would face. @param {Id} id */
function remoteRepo(id) {
  if (opts.offline) throw new OcxError(EXIT.offline, `offline mode: cannot reach ${id.registry} for '${id.raw}'`);
  const host = contactedHost(id.registry);
  const repo = readRepo(registryDir(), `${host}/${id.repository}`);
  if (repo?.auth) checkAuth(host, repo.auth);
  if (!repo) throw new OcxError(EXIT.notFound, `package '${fullName(id)}' not found: 404 Not Found`);
  return repo;
}

const dockerConfigFile = () => join(process.env.DOCKER_CONFIG ?? join(homedir(), ".docker"), "config.json");

/** @returns {{ auths?: Record<string, { auth?: string }>, credHelpers?: Record<string, string>, credsStore?: string }} */
function dockerConfig() {
  const file = dockerConfigFile();
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
}

/**
 * Docker credentials for `host`: credHelpers[host], then credsStore (a `docker-credential-<name>`
 * program answering `get` with {Username, Secret}), then `auths`.
 * @param {string} host @returns {[string | undefined, string | undefined]}
 */
function dockerCredentials(host) {
  const config = dockerConfig();
  const helper = config.credHelpers?.[host] ?? config.credsStore;
  if (helper) {
    const run = spawnSync(`docker-credential-${helper}`, ["get"], { input: host, encoding: "utf8" });
    if (run.status === 0) {
      const answer = JSON.parse(run.stdout);
      return [answer.Username, answer.Secret];
    }
  }
  const entry = config.auths?.[host];
  if (!entry?.auth) return [undefined, undefined];
  const [user, token] = Buffer.from(entry.auth, "base64").toString().split(/:(.*)/s, 2);
  return [user, token];
}

/** Credentials as ocx looks them up: OCX_AUTH_<slug>_* first, then the Docker configuration. */
/** @param {string} host @param {import("./registry.mjs").RepoAuth} auth */
function checkAuth(host, auth) {
  const prefix = `OCX_AUTH_${authSlug(host)}_`;
  let user = process.env[`${prefix}USER`];
  let token = process.env[`${prefix}TOKEN`];
  if (token === undefined) [user, token] = dockerCredentials(host);
  const ok = token === auth.token && (auth.user === undefined || user === auth.user);
  if (!ok) throw new OcxError(EXIT.auth, `authentication with ${host} failed: 401 Unauthorized`);
}

/** tag -> digest hex: the local index first (it is the package-tier lock), then the registry. */
/** @param {Id} id @returns {string} */
function resolveTag(id) {
  const tag = id.tag ?? "latest";
  const local = localTags(id)[tag];
  if (local) return local;
  if (opts.offline || opts.frozen) throw new OcxError(EXIT.offline, `tag '${tag}' of '${fullName(id)}' is not in the local index and the network is off`);
  const hex = remoteRepo(id).tags[tag];
  if (!hex) throw new OcxError(EXIT.notFound, `tag '${tag}' of '${fullName(id)}' not found`);
  recordLocal(id, { [tag]: hex });
  return hex;
}

/** Ensures the package is in the store (staged then renamed, as ocx does) and returns its root. */
/** @param {Id} id @param {string} hex */
function materialize(id, hex) {
  const root = packageDir(id, hex);
  if (existsSync(join(root, "content"))) return root;
  if (opts.offline) throw new OcxError(EXIT.offline, `'${id.raw}' is not in the local store and the network is off`);
  const blob = join(registryDir(), "blobs", hex);
  if (!existsSync(blob)) throw new OcxError(EXIT.notFound, `manifest sha256:${hex} not found`);
  const stage = join(home(), "temp", `${hex}-${process.pid}`);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  cpSync(join(blob, "content"), join(stage, "content"), { recursive: true });
  cpSync(join(blob, "metadata.json"), join(stage, "metadata.json"));
  writeFileSync(join(stage, "digest"), `sha256:${hex}`);
  mkdirSync(join(root, ".."), { recursive: true });
  try {
    renameSync(stage, root);
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    if (!existsSync(join(root, "content"))) throw e;
  }
  return root;
}

/** @param {string} root */
function metadataOf(root) {
  return JSON.parse(readFileSync(join(root, "metadata.json"), "utf8"));
}

/** Installed root of an identifier, without any network: 79 when not installed. @param {Id} id */
function installedRoot(id, { candidate = false } = {}) {
  if (id.digest) {
    const root = packageDir(id, id.digest);
    if (existsSync(join(root, "content"))) return root;
  } else {
    const link = candidateLink(id, id.tag ?? "latest");
    if (existsSync(link)) return candidate ? link : resolve(join(link, ".."), readlinkSync(link));
  }
  throw new OcxError(EXIT.notFound, `package '${id.raw}' is not installed`);
}

// ---------------------------------------------------------------- commands

/** @param {unknown} report @param {string} plain */
function print(report, plain) {
  process.stdout.write(opts.format === "json" ? `${JSON.stringify(report)}\n` : `${plain}\n`);
}

/** @param {string[]} args */
function indexList(args) {
  const { flags, positional } = parseSub(args, [], ["--platforms", "--variants"]);
  if (positional.length === 0) throw new OcxError(EXIT.usage, "the following required arguments were not provided: <PACKAGES>");
  /** @type {Record<string, string[]>} */
  const report = {};
  for (const raw of positional) {
    const id = parseId(raw);
    if (id.digest && !flags["--platforms"]) throw new OcxError(1, "digest identifiers cannot be listed");
    let tags;
    if (opts.remote) tags = Object.keys(remoteRepo(id).tags);
    else {
      tags = Object.keys(localTags(id));
      if (tags.length === 0) log("WARN", `Package '${fullName(id)}' not found in the index.`);
    }
    if (id.tag) tags = tags.filter((t) => t === id.tag);
    if (flags["--variants"]) tags = [...new Set(tags.map((t) => (/^[a-z][a-z0-9.]*-/.test(t) ? t.split("-")[0] : "")))];
    if (flags["--platforms"]) tags = [hostPlatform()];
    report[raw] = tags.sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : a === b ? 0 : 1));
  }
  print(report, Object.entries(report).flatMap(([k, v]) => v.map((t) => `${k}\t${t}`)).join("\n"));
}

/** @param {string[]} args */
function indexUpdate(args) {
  const { positional } = parseSub(args, [], []);
  if (positional.length === 0) throw new OcxError(EXIT.usage, "the following required arguments were not provided: <PACKAGES>");
  if (opts.offline || opts.frozen) throw new OcxError(EXIT.offline, "index update is not possible offline");
  for (const raw of positional) {
    const id = parseId(raw);
    const tags = remoteRepo(id).tags;
    recordLocal(id, id.tag ? { [id.tag]: tags[id.tag] } : tags);
  }
}

function hostPlatform() {
  const arch = process.arch === "x64" ? "amd64" : process.arch;
  return `${process.platform === "win32" ? "windows" : process.platform}/${arch}`;
}

/** @param {string[]} args */
function packageInstall(args) {
  const { flags, positional } = parseSub(args, ["-p", "--platform"], ["-s", "--select"]);
  if (positional.length === 0) throw new OcxError(EXIT.usage, "the following required arguments were not provided: <PACKAGES>");
  /** @type {Record<string, unknown>} */
  const report = {};
  for (const raw of positional) {
    const id = parseId(raw);
    const hex = id.digest ?? resolveTag(id);
    const root = materialize(id, hex);
    const tag = id.tag ?? "latest";
    const link = candidateLink(id, tag);
    mkdirSync(join(link, ".."), { recursive: true });
    const staged = `${link}.${process.pid}.tmp`;
    rmSync(staged, { force: true });
    symlinkSync(root, staged);
    renameSync(staged, link);
    if (flags["-s"] || flags["--select"]) {
      const current = join(link, "..", "..", "current");
      rmSync(current, { force: true });
      symlinkSync(root, current);
    }
    report[raw] = { identifier: `${fullName(id)}:${tag}@sha256:${hex}`, metadata: metadataOf(root), path: link };
  }
  print(report, Object.keys(report).join("\n"));
}

/** @param {string[]} args */
function packageWhich(args) {
  const { flags, positional } = parseSub(args, ["-p", "--platform"], ["--candidate", "--current"]);
  if (positional.length === 0) throw new OcxError(EXIT.usage, "the following required arguments were not provided: <PACKAGES>");
  /** @type {Record<string, unknown>} */
  const report = {};
  for (const raw of positional) report[raw] = { path: installedRoot(parseId(raw), { candidate: Boolean(flags["--candidate"]) }), kind: "package" };
  print(report, Object.values(report).map((v) => /** @type {{path: string}} */ (v).path).join("\n"));
}

/** Resolves (and, online, pulls without a candidate link) each package, as `package env` does. @param {Id} id */
function composedRoot(id) {
  try {
    return installedRoot(id);
  } catch (e) {
    if (opts.offline && !id.digest) throw new OcxError(EXIT.offline, `'${id.raw}' is not installed and the network is off`);
    return materialize(id, id.digest ?? resolveTag(id));
  }
}

/** @param {string[]} positional */
function packageEnvReport(positional) {
  const entries = [];
  const binaries = [];
  const entrypoints = [];
  for (const raw of positional) {
    const id = parseId(raw);
    const root = composedRoot(id);
    const hex = readFileSync(join(root, "digest"), "utf8").trim().slice("sha256:".length);
    const canonical = `${fullName(id)}${id.tag ? `:${id.tag}` : ""}@sha256:${hex}`;
    const metadata = metadataOf(root);
    for (const entry of metadata.env ?? []) {
      if (!["public", "interface"].includes(entry.visibility ?? "private")) continue;
      const value = entry.value.split("${installPath}").join(join(root, "content"));
      entries.push({ key: entry.key, value, type: entry.type, ...(entry.separator ? { separator: entry.separator } : {}) });
    }
    for (const name of metadata.binaries ?? []) binaries.push({ name, package: canonical });
    for (const name of metadata.entrypoints ?? []) entrypoints.push({ name, package: canonical });
    if ((metadata.entrypoints ?? []).length > 0) entries.push({ key: "PATH", value: join(root, "entrypoints"), type: "path" });
  }
  return { entries, binaries, entrypoints, integrations: [], advisories: [] };
}

/** @param {string[]} args */
function packageEnv(args) {
  const { positional } = parseSub(args, ["-p", "--platform", "--lazy-mode"], ["--candidate", "--current", "--self"]);
  if (positional.length === 0) throw new OcxError(EXIT.usage, "the following required arguments were not provided: <PACKAGES>");
  const report = packageEnvReport(positional);
  print(report, report.entries.map((e) => `${e.key}=${e.value}`).join("\n"));
}

/** @param {string[]} args */
function packageExec(args) {
  const split = args.indexOf("--");
  if (split < 0 || split === args.length - 1) throw new OcxError(EXIT.usage, "usage: ocx package exec <PACKAGES>... -- <COMMAND> [ARGS]...");
  const { positional } = parseSub(args.slice(0, split), ["-p", "--platform"], ["--clean"]);
  const report = packageEnvReport(positional);
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env };
  for (const e of report.entries) {
    const sep = e.type === "path" ? ":" : (e.separator ?? " ");
    env[e.key] = e.type === "constant" || !env[e.key] ? e.value : e.type === "path" ? `${e.value}${sep}${env[e.key]}` : `${env[e.key]}${sep}${e.value}`;
  }
  const [command, ...rest] = args.slice(split + 1);
  const child = spawnSync(command, rest, { stdio: "inherit", env });
  process.exit(child.status ?? 1);
}

/** `ocx login [-u USER] [--password-stdin] [--allow-insecure-store] REGISTRY`: writes the Docker config's `auths`. @param {string[]} args */
function login(args) {
  const { flags, positional } = parseSub(args, ["-u", "--username"], ["--password-stdin", "--allow-insecure-store"]);
  const registry = positional[0];
  if (!registry) throw new OcxError(EXIT.usage, "the following required arguments were not provided: <REGISTRY>");
  if (!flags["--password-stdin"]) throw new OcxError(EXIT.usage, "a password is required: pass it on stdin with --password-stdin");
  const password = readFileSync(0, "utf8").replace(/\r?\n$/, "");
  const username = String(flags["-u"] ?? flags["--username"] ?? "");
  const config = dockerConfig();
  if (!config.credsStore && !flags["--allow-insecure-store"]) throw new OcxError(78, "no credential store configured; pass --allow-insecure-store to store the password in plain text");
  config.auths = { ...(config.auths ?? {}), [registry]: { auth: Buffer.from(`${username}:${password}`).toString("base64") } };
  mkdirSync(join(dockerConfigFile(), ".."), { recursive: true });
  writeFileSync(dockerConfigFile(), JSON.stringify(config, null, 2));
  print({ registry, username }, `Logged in to ${registry}`);
}

function version() {
  print({ version: VERSION, commit: { hash: "standin" }, build: {}, ci: {} }, VERSION);
}

function about() {
  print({ version: VERSION, registry: process.env.OCX_DEFAULT_REGISTRY || "ocx.sh", platforms: [hostPlatform()], libc: ["libc.glibc"], home: home() }, home());
}

function main() {
  const words = parseRoot();
  injectFault();
  const [group, verb, ...rest] = words;
  /** @type {Record<string, () => void>} */
  const commands = {
    "index list": () => indexList(rest),
    "index update": () => indexUpdate(rest),
    "package install": () => packageInstall(rest),
    "package which": () => packageWhich(rest),
    "package env": () => packageEnv(rest),
    "package exec": () => packageExec(rest),
  };
  if (group === "version") return version();
  if (group === "about") return about();
  if (group === "login") return login(words.slice(1));
  const run = commands[`${group} ${verb}`];
  if (!run) {
    const word = group === "index" || group === "package" ? `${group} ${verb ?? ""}`.trim() : (group ?? "");
    throw new OcxError(EXIT.usage, `unknown subcommand '${word}'; if \`ocx-${group}\` is an official OCX plugin, install it, otherwise put an \`ocx-${group}\` binary on your PATH`);
  }
  run();
}

try {
  main();
} catch (e) {
  if (!(e instanceof OcxError)) throw e;
  log("ERROR", e.message);
  process.exit(e.code);
}
