// @ts-check
// A fixture OCI registry on disk for the stand-in ocx: repositories with tags pointing at
// package digests, each package a `content/` tree plus OCX `metadata.json`.
//
//   <registry>/repos/<host>/<repo path>/index.json   {"tags": {"<tag>": "<64 hex>"}, "auth"?: {...}}
//   <registry>/blobs/<64 hex>/metadata.json
//   <registry>/blobs/<64 hex>/content/...
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * @typedef {{ key: string, type: "path" | "constant" | "list", value: string, separator?: string, visibility?: string }} MetadataEnv
 * @typedef {{ user?: string, token: string }} RepoAuth
 * @typedef {{ tags: Record<string, string>, auth?: RepoAuth }} RepoIndex
 * @typedef {{
 *   repository: string,
 *   version: string,
 *   tags?: string[],
 *   bin?: string,
 *   env?: MetadataEnv[],
 *   files?: Record<string, string>,
 *   entrypoints?: string[],
 * }} Publication
 */

/** @param {string} registry @param {string} repository `host/ns/name` @returns {string} */
export function repoDir(registry, repository) {
  return join(registry, "repos", ...repository.split("/"));
}

/** @param {string} registry @param {string} repository @returns {RepoIndex | undefined} */
export function readRepo(registry, repository) {
  const path = join(repoDir(registry, repository), "index.json");
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
}

/** @param {string} registry @param {string} repository @param {RepoIndex} index */
export function writeRepo(registry, repository, index) {
  const dir = repoDir(registry, repository);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.json"), JSON.stringify(index, null, 2));
}

/** A small executable that prints its name and version, like `shellcheck --version` would. @param {string} name @param {string} version */
export function versionScript(name, version) {
  return `#!/bin/sh\necho "${name} version ${version}"\nif [ -n "$STANDIN_PRINT_ENV" ]; then env | sort; fi\n`;
}

/**
 * Publishes one package version under `tags` (default: the version alone) and returns its digest.
 * @param {string} registry @param {Publication} pub @returns {string}
 */
export function publish(registry, pub) {
  const name = pub.bin ?? pub.repository.split("/").pop() ?? "tool";
  const files = pub.files ?? { [`bin/${name}`]: versionScript(name, pub.version) };
  const env = pub.env ?? [
    { key: "PATH", type: "path", value: "${installPath}/bin", visibility: "public" },
  ];
  const metadata = { type: "bundle", version: 1, env, binaries: [name], ...(pub.entrypoints ? { entrypoints: pub.entrypoints } : {}) };
  const digest = createHash("sha256")
    .update(JSON.stringify({ repository: pub.repository, version: pub.version, files, metadata }))
    .digest("hex");
  const blob = join(registry, "blobs", digest);
  for (const [path, text] of Object.entries(files)) {
    const target = join(blob, "content", path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    if (path.startsWith("bin/") || text.startsWith("#!")) chmodSync(target, 0o755);
  }
  writeFileSync(join(blob, "metadata.json"), JSON.stringify(metadata, null, 2));
  const index = readRepo(registry, pub.repository) ?? { tags: {} };
  for (const tag of pub.tags ?? [pub.version]) index.tags[tag] = digest;
  writeRepo(registry, pub.repository, index);
  return digest;
}

/** Requires credentials for `repository` (ocx exits 80 without them). @param {string} registry @param {string} repository @param {RepoAuth} auth */
export function protect(registry, repository, auth) {
  const index = readRepo(registry, repository) ?? { tags: {} };
  writeRepo(registry, repository, { ...index, auth });
}
