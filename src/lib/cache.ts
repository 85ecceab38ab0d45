// The version-list cache. mise never treats a Lua plugin's version list as fresh
// (reference/mise-backend-contract.md §6.3), so without this every `mise ls-remote`, `outdated`
// and `install` would query the registry. One small JSON file per identifier in mise's own
// cache dir (so `mise cache clear` empties it), written atomically for parallel mise jobs.

import { isDigit, madeOf } from "./chars";
import { decodeOrUndefined, type Host } from "./host";
import { miseToolDir, pluginName } from "./mise_paths";

const FILE = "mise-ocx-tags.json";
const SCHEMA = 1;
/** mise's own remote-versions cache lifetime. */
export const DEFAULT_TTL_SECONDS = 3600;

export interface CachedTags {
  /** All tags the registry listed, before any filtering. */
  readonly tags: string[];
  /** When they were fetched, in seconds since the epoch. */
  readonly fetchedAt: number;
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `3600`, `90s`, `30m`, `1h`, `2d` in seconds; `0` turns the cache off. */
export function parseDuration(text: string): number | undefined {
  const last = text.charAt(text.length - 1);
  const unit = UNITS[last];
  const digits = unit === undefined ? text : text.slice(0, -1);
  return madeOf(digits, isDigit) && digits.length <= 9 ? Number(digits) * (unit ?? 1) : undefined;
}

/** mise's cache dir: MISE_CACHE_DIR, else `<XDG cache>/mise` with mise's per-OS default. */
export function miseCacheDir(host: Host): string {
  const set = (name: string) => {
    const value = host.env(name);
    return value === undefined || value === "" ? undefined : value;
  };
  const home = set("HOME") ?? set("USERPROFILE") ?? "";
  const fallback = host.os === "darwin" ? `${home}/Library/Caches` : host.os === "windows" ? (set("TEMP") ?? home) : `${home}/.cache`;
  return set("MISE_CACHE_DIR") ?? `${set("XDG_CACHE_HOME") ?? fallback}/mise`;
}

/** What the cached list depends on: the identifier, and the default registry a short one resolves against. */
function cacheKey(host: Host, tool: string): string {
  return `${tool} ${host.env("OCX_DEFAULT_REGISTRY") ?? ""}`;
}

function cachePath(host: Host, tool: string): string {
  return `${miseCacheDir(host)}/${miseToolDir(pluginName(host.pluginDir), tool)}/${FILE}`;
}

export function readTags(host: Host, tool: string): CachedTags | undefined {
  const text = host.readText(cachePath(host, tool));
  if (text === undefined) return undefined;
  const value = decodeOrUndefined(host, text);
  const entry = value as { schema?: unknown; key?: unknown; fetchedAt?: unknown; tags?: unknown };
  const valid =
    typeof value === "object" &&
    entry.schema === SCHEMA &&
    entry.key === cacheKey(host, tool) &&
    typeof entry.fetchedAt === "number" &&
    Array.isArray(entry.tags) &&
    entry.tags.every((tag) => typeof tag === "string");
  return valid ? { tags: entry.tags as string[], fetchedAt: entry.fetchedAt as number } : undefined;
}

/** Best effort: a cache that cannot be written (read-only home, full disk) costs speed, not the command. */
export function writeTags(host: Host, tool: string, tags: string[]): void {
  const path = cachePath(host, tool);
  try {
    host.makeDirs(path.slice(0, path.length - FILE.length - 1));
    host.writeTextAtomic(path, host.encodeJson({ schema: SCHEMA, key: cacheKey(host, tool), fetchedAt: host.now(), tags }));
  } catch (e) {
    host.warn(`could not cache the version list of ocx:${tool} (${String(e)}); listing works, but asks the registry every time`);
  }
}
