// BackendListVersions: the registry's tags, reduced to what mise can offer. A fresh cached list
// answers without asking the registry; when the registry cannot be reached (or mise is offline),
// the last cached list or OCX's local index (what this machine installed) answers, with a notice.

import { DEFAULT_TTL_SECONDS, parseDuration, readTags, writeTags, type CachedTags } from "./cache";
import { EXIT } from "./errors";
import { envFlag, TIMED_OUT } from "./host";
import { failWith, listTags, type Ocx, type Outcome } from "./ocx";
import type { Request } from "./request";
import { selectVersions } from "./versions";

/** Failures where a cached list or the local index may still know the answer. */
const FALLBACK_CODES: readonly number[] = [EXIT.transient, EXIT.unavailable, EXIT.offline, TIMED_OUT];

/** Cache lifetime: the tool option `cache_ttl`, else MISE_OCX_CACHE_TTL, else one hour. */
function ttlSeconds(ocx: Ocx, request: Request): number {
  return request.cacheTtl ?? parseDuration(ocx.host.env("MISE_OCX_CACHE_TTL") ?? "") ?? DEFAULT_TTL_SECONDS;
}

/** A list from this machine: the cached one however old, else OCX's local index. */
function localAnswer(ocx: Ocx, request: Request, cached: CachedTags | undefined, why: string): string[] | undefined {
  if (cached !== undefined && cached.tags.length > 0) {
    const minutes = Math.floor((ocx.host.now() - cached.fetchedAt) / 60);
    ocx.host.warn(`${request.label}: ${why}; listing versions cached ${minutes} min ago`);
    return cached.tags;
  }
  const local = listTags(ocx, request, false);
  if (Array.isArray(local) && local.length > 0) {
    ocx.host.warn(`${request.label}: ${why}; listing versions from OCX's local index (what this machine has installed)`);
    return local;
  }
  return undefined;
}

/** The tags, or the registry's failed run when nothing on this machine could answer either. */
function tags(ocx: Ocx, request: Request): string[] | Outcome {
  const host = ocx.host;
  const cached = readTags(host, request.tool);
  const age = cached === undefined ? undefined : host.now() - cached.fetchedAt;
  if (cached !== undefined && age !== undefined && age >= 0 && age < ttlSeconds(ocx, request)) return cached.tags;
  // MISE_PREFER_OFFLINE: any list this machine has beats a network round trip.
  if (cached !== undefined && envFlag(host, "MISE_PREFER_OFFLINE")) return cached.tags;
  // Offline (or frozen, where ocx refuses --remote): this machine's list or nothing.
  if (envFlag(host, "MISE_OFFLINE") || envFlag(host, "OCX_OFFLINE") || envFlag(host, "OCX_FROZEN")) {
    const answer = localAnswer(ocx, request, cached, "offline (MISE_OFFLINE, OCX_OFFLINE or OCX_FROZEN)");
    return answer ?? { code: EXIT.offline, stdout: "", stderr: "", limitSeconds: 0 };
  }
  const remote = listTags(ocx, request, true);
  if (Array.isArray(remote)) {
    writeTags(host, request.tool, remote);
    return remote;
  }
  if (FALLBACK_CODES.includes(remote.code)) {
    const why = remote.code === TIMED_OUT ? "the registry did not answer in time" : `the registry could not list versions (exit ${remote.code})`;
    const answer = localAnswer(ocx, request, cached, why);
    if (answer !== undefined) return answer;
  }
  return remote;
}

export function availableVersions(ocx: Ocx, request: Request): string[] {
  const found = tags(ocx, request);
  return Array.isArray(found) ? selectVersions(found, request.variant, request.prerelease) : failWith(request, found);
}

/**
 * Like availableVersions, but empty when the registry cannot answer: for "did you mean" hints.
 * Not a try/catch: host calls that may yield (mise's async file functions) must not run inside
 * Lua's pcall.
 */
export function versionsIfKnown(ocx: Ocx, request: Request): string[] {
  const found = tags(ocx, request);
  return Array.isArray(found) ? selectVersions(found, request.variant, request.prerelease) : [];
}
