// The main job, end to end on this machine with no network: the real mise installs this plugin
// from a git clone of the checkout, then installs and runs a tool through it. ocx is the test
// stand-in serving a local demo registry (the real ocx cannot be downloaded here); with a real
// ocx on PATH the same commands work against ocx.sh (README, "Usage").
import { MiseWorld, pluginRepoUrl } from "../test/support/world.mjs";

const world = new MiseWorld();
const TOOL = "ocx:ocx.sh/shellcheck";

/** Runs one mise command as a user would, echoing it and what it printed. @param {string[]} args */
function step(args) {
  console.log(`\n$ mise ${args.join(" ")}`);
  process.stdout.write(world.ok(args).output);
}

console.log(`Demo world (registry, OCX_HOME, mise dirs): ${world.root}`);
step(["plugin", "install", "ocx", pluginRepoUrl()]);
step(["ls-remote", TOOL]);
step(["install", `${TOOL}@0.11`]);
step(["ls"]);
world.writeConfig(`[tools]\n"${TOOL}" = "0.11"\n`);
console.log(`\n(mise.toml in ${world.project}: "${TOOL}" = "0.11")`);
step(["exec", "--", "shellcheck", "--version"]);
step(["which", "shellcheck"]);

console.log("\nWhat the plugin asked ocx to do:");
for (const command of world.ocxCommands()) console.log(`  ocx ${command}`);
console.log(`\nThe tool's files stay in OCX's store (${world.ocxHome}); mise's install folder links to them.`);
