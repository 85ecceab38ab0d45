// The docs cannot rot: every `sh` block in README.md and docs/ runs as a bash script, and every
// `toml` block is installed with `mise install`, through the real mise, the plugin and the
// stand-in registry. Network-only steps are swapped for their local equivalents: the plugin's
// GitHub URL for a file:// clone, and mise's github:ocx-sh/ocx@0.5.8 for the stand-in linked in
// its place. Blocks that only run this repository's npm scripts are run by CI itself.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { protect, publish } from "../standin/registry.mjs";
import { MISE_BIN, MiseWorld, PLUGIN_ROOT, pluginRepoUrl, STANDIN_BIN } from "../support/world.mjs";

const PAGES = ["README.md", ...readdirSync(join(PLUGIN_ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

interface Block {
  lang: string;
  code: string;
}

function blocks(page: string): Block[] {
  const text = readFileSync(join(PLUGIN_ROOT, page), "utf8");
  return [...text.matchAll(/^( *)```(\w+)\n([\s\S]*?)^\1```$/gm)].map((m) => ({
    lang: m[2],
    code: m[3].split("\n").map((line) => line.slice(m[1].length)).join("\n"),
  }));
}

/** What the docs assume exists out there, made local. */
function docsWorld(page: string): MiseWorld {
  const world = new MiseWorld();
  world.pathDirs = [dirname(MISE_BIN), join(world.dataDir, "shims")];
  publish(world.registry, { repository: "ocx.sh/shellcheck/shellcheck", version: "0.11.0", tags: ["0.11.0", "0.11", "latest"], bin: "shellcheck" });
  publish(world.registry, { repository: "localhost:5000/acme/widget", version: "2.0.0", tags: ["slim-2.0.0", "slim-2.0", "slim-2"], bin: "widget" });
  publish(world.registry, { repository: "ghcr.io/acme/python", version: "3.13.1", tags: ["slim-3.13.1", "slim-3.13", "slim-3"], bin: "python" });
  if (page === "docs/private-registries.md") protect(world.registry, "ghcr.io/myorg/internal-tool", { token: "ghp_…" });
  const ocxDir = world.dir("ocx-0.5.8");
  symlinkSync(join(STANDIN_BIN, "ocx"), join(world.dir("ocx-0.5.8/bin"), "ocx"));
  world.ok(["link", "github:ocx-sh/ocx@0.5.8", ocxDir]);
  world.extraEnv = { MISE_PREFER_OFFLINE: "1" };
  world.installPlugin();
  return world;
}

/** The plugin's GitHub URL becomes a local clone; fetching ocx from GitHub becomes using the linked stand-in. */
const local = (code: string) =>
  code
    .split("https://github.com/ocx-sh/mise-ocx")
    .join(pluginRepoUrl())
    .replace(/^mise use -g github:ocx-sh\/ocx@/gm, "MISE_OFFLINE=1 mise use -g github:ocx-sh/ocx@");

const runnable = PAGES.map((page) => [page, blocks(page).filter((b) => (b.lang === "sh" || b.lang === "toml") && !/^\s*npm /m.test(b.code))] as const).filter(
  ([, list]) => list.length > 0,
);

describe("every command in the docs runs", () => {
  it("finds the blocks", () => {
    expect(runnable.map(([page]) => page)).toEqual(expect.arrayContaining(["README.md", "docs/getting-started.md", "docs/offline-and-ci.md", "docs/private-registries.md"]));
  });

  it.each(runnable)("%s", (page, list) => {
    const world = docsWorld(page);
    world.writeConfig('[tools]\n"ocx:shellcheck/shellcheck" = "0.11.0"\n"ocx:ghcr.io/myorg/internal-tool" = "1.5.2"\n');
    for (const block of list) {
      if (block.lang === "toml") {
        world.writeConfig(local(block.code));
        world.ok(["install"]);
        continue;
      }
      const run = spawnSync("bash", ["-e", "-c", local(block.code)], { cwd: world.project, env: world.miseEnv(), encoding: "utf8" });
      expect(run.status, `${page}:\n${block.code}\n${run.stdout}${run.stderr}`).toBe(0);
    }
  });
});
