// `npm run bench`: the speed and disk targets of mise-ocx, each a ratio against a baseline
// measured in the same run, with the real mise, the generated Lua and the stand-in ocx (which
// adds no delay of its own). Prints one table; docs/performance.md holds a run of it.
import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { publish } from "../test/standin/registry.mjs";
import { MISE_BIN, MiseWorld, STANDIN_BIN } from "../test/support/world.mjs";

const REPS = Number(process.env.BENCH_REPS ?? 21);
const TOOLS = Array.from({ length: 10 }, (_, i) => `ocx.sh/bench/tool${i}`);

/**
 * @typedef {{ median: number, q1: number, q3: number }} Stats
 * @typedef {{ what: string, measured: string, baseline: string, ratio: string, target: string, met: string }} Row
 */
/** @type {Row[]} */
const rows = [];

// ---------------------------------------------------------------- measuring

/** Milliseconds one command takes (the run must succeed). @param {MiseWorld} world @param {string[]} args */
function time(world, args) {
  const start = performance.now();
  const run = spawnSync(MISE_BIN, args, { cwd: world.project, env: world.miseEnv(), encoding: "utf8" });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`mise ${args.join(" ")} failed:\n${run.stdout}${run.stderr}`);
  return ms;
}

/** Median and interquartile range of `samples`. @param {number[]} samples @returns {Stats} */
function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (/** @type {number} */ q) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
  return { median: at(0.5), q1: at(0.25), q3: at(0.75) };
}

/**
 * Runs `subject` and `baseline` alternately REPS times, after `setup` before each (untimed).
 * @param {() => number} subject @param {() => number} baseline @param {() => void} [setup]
 */
function compare(subject, baseline, setup = () => {}) {
  const a = [];
  const b = [];
  for (let i = 0; i < REPS; i++) {
    setup();
    a.push(subject());
    setup();
    b.push(baseline());
  }
  return { subject: stats(a), baseline: stats(b) };
}

const fmt = (/** @type {Stats} */ s) => `${s.median.toFixed(1)} ms (IQR ${s.q1.toFixed(1)}–${s.q3.toFixed(1)})`;

/** @param {string} what @param {string} measured @param {string} baselineText @param {number} ratio @param {string} target @param {boolean} met */
function row(what, measured, baselineText, ratio, target, met) {
  rows.push({ what, measured, baseline: baselineText, ratio: ratio.toFixed(3), target, met: met ? "yes" : "NO" });
}

// ---------------------------------------------------------------- worlds

/** A world with the plugin and 10 ocx tools installed and listed in mise.toml. */
function pluginWorld() {
  const world = new MiseWorld();
  world.installPlugin();
  for (const [i, tool] of TOOLS.entries()) publish(world.registry, { repository: tool, version: "1.0.0", bin: `tool${i}` });
  world.writeConfig(`[tools]\n${TOOLS.map((t) => `"ocx:${t}" = "1.0.0"`).join("\n")}\n`);
  world.ok(["install"]);
  return world;
}

/** The same 10 binaries, given to mise with `mise link` (no plugin involved). @param {MiseWorld} from */
function linkedWorld(from) {
  const world = new MiseWorld();
  world.writeConfig(`[tools]\n${TOOLS.map((_, i) => `"github:bench/tool${i}" = "1.0.0"`).join("\n")}\n`);
  for (const [i] of TOOLS.entries()) {
    const dir = join(world.root, "linked", `tool${i}`);
    mkdirSync(join(dir, "bin"), { recursive: true });
    symlinkSync(join(from.installDir(`ocx-ocx-sh-bench-tool${i}`, "1.0.0"), "content", "bin", `tool${i}`), join(dir, "bin", `tool${i}`));
    world.ok(["link", `github:bench/tool${i}@1.0.0`, dir]);
  }
  world.extraEnv = { MISE_PREFER_OFFLINE: "1" }; // the linked github: versions need no lookup
  return world;
}

/** A backend plugin whose hooks do nothing but return constants: the floor for a Lua plugin. */
function minimalPluginWorld() {
  const world = new MiseWorld();
  const dir = join(world.root, "minimal-plugin");
  mkdirSync(join(dir, "hooks"), { recursive: true });
  writeFileSync(join(dir, "metadata.lua"), 'PLUGIN = { name = "minimal", version = "0.0.0" }\n');
  writeFileSync(join(dir, "hooks", "backend_list_versions.lua"), 'PLUGIN.BackendListVersions = function(self, ctx) return { versions = { "1.0.0" } } end\n');
  writeFileSync(join(dir, "hooks", "backend_install.lua"), "PLUGIN.BackendInstall = function(self, ctx) return {} end\n");
  const bins = join(world.root, "bins");
  for (const [i] of TOOLS.entries()) {
    mkdirSync(join(bins, `tool${i}`, "bin"), { recursive: true });
    writeFileSync(join(bins, `tool${i}`, "bin", `tool${i}`), `#!/bin/sh\necho tool${i}\n`, { mode: 0o755 });
  }
  writeFileSync(
    join(dir, "hooks", "backend_exec_env.lua"),
    `PLUGIN.BackendExecEnv = function(self, ctx) return { env_vars = { { key = "PATH", value = ${JSON.stringify(bins)} .. "/" .. ctx.tool .. "/bin" } } } end\n`,
  );
  // Installed from a git clone, as users install plugins (and as the ocx plugin is installed here):
  // mise walks the plugin's folder, .git included, when it loads a plugin.
  const git = (/** @type {string[]} */ ...args) => spawnSync("git", args, { cwd: dir, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("-c", "user.name=bench", "-c", "user.email=bench@mise-ocx.invalid", "commit", "-qm", "minimal plugin");
  world.ok(["plugin", "install", "minimal", `file://${dir}`]);
  world.writeConfig(`[tools]\n${TOOLS.map((_, i) => `"minimal:tool${i}" = "1.0.0"`).join("\n")}\n`);
  world.ok(["install"]);
  return world;
}

// ---------------------------------------------------------------- rows

/** @param {MiseWorld} ocx @param {MiseWorld} linked @param {MiseWorld} minimal */
function warmActivation(ocx, linked, minimal) {
  /** @type {[string, string[]][]} */
  const commands = [
    ["mise exec -- tool0 (warm)", ["exec", "--", "tool0"]],
    ["mise env (warm)", ["env", "-s", "bash"]],
    ["mise hook-env (warm)", ["hook-env", "-s", "bash", "--force"]],
  ];
  for (const [label, args] of commands) {
    for (const world of [ocx, linked, minimal]) time(world, args);
    const r = compare(() => time(ocx, args), () => time(linked, args));
    const ratio = r.subject.median / r.baseline.median;
    row(`${label}, 10 tools`, fmt(r.subject), `mise link: ${fmt(r.baseline)}`, ratio, "≤ 1.05", ratio <= 1.05);
    // The fairer floor: a Lua plugin whose hooks return constants.
    const m = compare(() => time(ocx, args), () => time(minimal, args));
    const mRatio = m.subject.median / m.baseline.median;
    rows.push({ what: `${label}, vs a constant Lua plugin`, measured: fmt(m.subject), baseline: `constant plugin: ${fmt(m.baseline)}`, ratio: mRatio.toFixed(3), target: "reported", met: "—" });
  }
}

/** @param {MiseWorld} ocx @param {MiseWorld} minimal */
function coldExecEnv(ocx, minimal) {
  ocx.clearCalls();
  const clear = () => {
    ocx.ok(["cache", "clear"]);
    minimal.ok(["cache", "clear"]);
  };
  const r = compare(() => time(ocx, ["env", "-s", "bash"]), () => time(minimal, ["env", "-s", "bash"]), clear);
  const ratio = r.subject.median / r.baseline.median;
  const calls = ocx.ocxCalls().length;
  row("cold exec-env: mise env after mise cache clear, 10 tools", `${fmt(r.subject)}; ocx calls: ${calls}`, `constant plugin: ${fmt(r.baseline)}`, ratio, "≤ 1.2, 0 ocx calls", ratio <= 1.2 && calls === 0);
}

function installFromStore() {
  const world = new MiseWorld();
  world.installPlugin();
  const sizes = { small: 1 << 20, big: 200 << 20 };
  for (const [name, bytes] of Object.entries(sizes)) {
    const files = { [`bin/${name}`]: `#!/bin/sh\necho ${name}\n`, "share/payload.bin": "x".repeat(bytes) };
    publish(world.registry, { repository: `ocx.sh/bench/${name}`, version: "1.0.0", bin: name, files });
    // Already in OCX's store, as after any earlier install on this machine.
    spawnSync(join(STANDIN_BIN, "ocx"), ["--format", "json", "package", "install", `ocx.sh/bench/${name}:1.0.0`], { env: world.env() });
  }
  const install = (/** @type {string} */ name) => () => time(world, ["install", `ocx:ocx.sh/bench/${name}@1.0.0`]);
  const uninstall = () => {
    for (const name of Object.keys(sizes)) world.mise(["uninstall", `ocx:ocx.sh/bench/${name}@1.0.0`]);
  };
  world.ok(["ls-remote", "ocx:ocx.sh/bench/big"]);
  world.ok(["ls-remote", "ocx:ocx.sh/bench/small"]);
  const r = compare(install("big"), install("small"), uninstall);
  const ratio = r.subject.median / r.baseline.median;
  row("mise install, package already in OCX's store: 200 MB", fmt(r.subject), `1 MB: ${fmt(r.baseline)}`, ratio, "≤ 1.1", ratio <= 1.1);

  // The same ocx calls the plugin makes, run bare: what mise + the plugin add on top.
  world.clearCalls();
  uninstall();
  world.ok(["install", "ocx:ocx.sh/bench/small@1.0.0"]);
  const argvs = world.ocxCalls().map((c) => c.argv);
  const bare = [];
  for (let i = 0; i < REPS; i++) {
    const start = performance.now();
    for (const argv of argvs) spawnSync(join(STANDIN_BIN, "ocx"), argv, { env: world.env() });
    bare.push(performance.now() - start);
  }
  const b = stats(bare);
  rows.push({
    what: "plugin + mise overhead over the bare ocx calls of one install",
    measured: `${(r.baseline.median - b.median).toFixed(1)} ms`,
    baseline: `${argvs.length} bare ocx calls: ${fmt(b)}`,
    ratio: (r.baseline.median / b.median).toFixed(3),
    target: "reported",
    met: "—",
  });
}

function diskSharing() {
  const first = new MiseWorld();
  publish(first.registry, { repository: "ocx.sh/bench/big", version: "1.0.0", bin: "big", files: { "bin/big": "#!/bin/sh\n", "share/payload.bin": "x".repeat(50 << 20) } });
  const worlds = [first, new MiseWorld(), new MiseWorld()];
  for (const world of worlds) {
    world.extraEnv = { OCX_HOME: first.ocxHome, OCX_STANDIN_REGISTRY: first.registry };
    world.installPlugin();
    world.ok(["install", "ocx:ocx.sh/bench/big@1.0.0"]);
  }
  // du counts each file once per invocation, so store and install dirs are measured together.
  const measure = (/** @type {MiseWorld[]} */ ws) => {
    const out = spawnSync("du", ["-s", "-c", "--block-size=1", first.ocxHome, ...ws.map((w) => join(w.dataDir, "installs"))], { encoding: "utf8" }).stdout;
    return Number((out.trim().split("\n").pop() ?? "").split("\t")[0]);
  };
  const one = measure([first]);
  const three = measure(worlds);
  row("disk: one version in 3 mise data dirs sharing OCX_HOME (50 MB package)", `${three} bytes`, `1 data dir: ${one} bytes`, three / one, "≤ 1.01", three / one <= 1.01);
}

function repeatedListing() {
  const world = new MiseWorld();
  world.installPlugin();
  for (const tool of TOOLS) publish(world.registry, { repository: tool, version: "1.0.0", bin: tool.split("/").pop() });
  world.writeConfig(`[tools]\n${TOOLS.map((t) => `"ocx:${t}" = "latest"`).join("\n")}\n`);
  const round = () => {
    const start = performance.now();
    for (const tool of TOOLS) world.ok(["ls-remote", `ocx:${tool}`]);
    world.ok(["outdated"]);
    world.ok(["install"]);
    return performance.now() - start;
  };
  const remote = () => world.ocxCommands().filter((c) => c.includes("--remote")).length;
  const firstMs = round();
  const firstCalls = remote();
  world.clearCalls();
  const later = [];
  for (let i = 0; i < 5; i++) later.push(round());
  const laterCalls = remote();
  const s = stats(later);
  row(
    "ls-remote ×10, outdated, install (10 tools), repeated within the cache lifetime",
    `later runs: ${fmt(s)}; --remote calls: ${laterCalls}`,
    `first run: ${firstMs.toFixed(1)} ms; --remote calls: ${firstCalls}`,
    s.median / firstMs,
    "0 --remote calls later",
    laterCalls === 0,
  );
  // Registry down: still answered from this machine, with a notice.
  world.faults([{ when: "--remote", exit: 69, stderr: "registry down" }]);
  world.extraEnv = { MISE_OCX_CACHE_TTL: "0" };
  const down = world.mise(["ls-remote", `ocx:${TOOLS[0]}`]);
  const noticed = down.code === 0 && down.stdout.trim() === "1.0.0" && down.stderr.includes("the registry could not list versions");
  rows.push({ what: "ls-remote with the registry down", measured: noticed ? "answered from the cache, with a notice" : `FAILED: ${down.output}`, baseline: "—", ratio: "—", target: "answers, with a notice", met: noticed ? "yes" : "NO" });
}

// ---------------------------------------------------------------- main

const started = performance.now();
console.log(`mise-ocx bench: ${REPS} repetitions per measure, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, node ${process.version}`);
// BENCH_ROWS=warm,cold,install,disk,listing runs a subset.
const only = (process.env.BENCH_ROWS ?? "").split(",").filter((name) => name !== "");
const want = (/** @type {string} */ name) => only.length === 0 || only.includes(name);
if (want("warm") || want("cold")) {
  const ocx = pluginWorld();
  const minimal = minimalPluginWorld();
  if (want("warm")) warmActivation(ocx, linkedWorld(ocx), minimal);
  if (want("cold")) coldExecEnv(ocx, minimal);
}
if (want("install")) installFromStore();
if (want("disk")) diskSharing();
if (want("listing")) repeatedListing();

const cols = ["what", "measured", "baseline", "ratio", "target", "met"];
console.log(`\n| ${cols.join(" | ")} |\n|${cols.map(() => "---").join("|")}|`);
for (const r of rows) console.log(`| ${cols.map((c) => r[/** @type {keyof Row} */ (c)]).join(" | ")} |`);
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = rows.some((r) => r.met === "NO") ? 1 : 0;
