// OCX tags -> the version list mise wants. OCX lists every tag byte-sorted: rolling `X`/`X.Y`,
// `latest`, `_build` leaves, variant-prefixed and reserved tags among the real versions. mise
// neither sorts nor filters a plugin's list and takes its last stable entry as `latest`, so the
// list is reduced to full versions of one variant and sorted ascending by semver here.

import { isAlnum, isDigit, isLower, madeOf } from "./chars";

export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** Dot-separated prerelease identifiers; empty for a release. */
  readonly prerelease: readonly string[];
}

export interface Tag {
  /** Variant prefix (`slim` in `slim-3.13.14`); "" for the default variant. */
  readonly variant: string;
  /** The tag without its variant prefix. */
  readonly text: string;
  /** Set when `text` is a full `X.Y.Z[-pre]` version: not rolling, not a build leaf. */
  readonly version: Version | undefined;
}

const MAX_NUMBER_DIGITS = 15;

/** A semver number: digits, no leading zero (so `01.0.0` is not a second spelling of `1.0.0`). */
function parseNumber(text: string): number | undefined {
  if (!madeOf(text, isDigit) || text.length > MAX_NUMBER_DIGITS || (text.length > 1 && text.charAt(0) === "0")) return undefined;
  return tonumberSafe(text);
}

// Digits only (checked above), so the conversion is exact in JavaScript and Lua alike.
function tonumberSafe(digits: string): number {
  let n = 0;
  for (let i = 0; i < digits.length; i++) n = n * 10 + (digits.charCodeAt(i) - 48);
  return n;
}

/** A full `X.Y.Z` or `X.Y.Z-pre` version; undefined for rolling tags, build leaves and anything else. */
export function parseVersion(text: string): Version | undefined {
  const dash = text.indexOf("-");
  const core = dash < 0 ? text : text.slice(0, dash);
  const pre = dash < 0 ? undefined : text.slice(dash + 1);
  const numbers = core.split(".");
  if (numbers.length !== 3) return undefined;
  const [major, minor, patch] = [parseNumber(numbers[0]), parseNumber(numbers[1]), parseNumber(numbers[2])];
  if (major === undefined || minor === undefined || patch === undefined) return undefined;
  if (pre === undefined) return { major, minor, patch, prerelease: [] };
  const prerelease = pre.split(".");
  for (const part of prerelease) {
    if (!madeOf(part, (c) => isAlnum(c) || c === "-")) return undefined;
  }
  return { major, minor, patch, prerelease };
}

/** Splits `[variant-]rest`; variants are `[a-z][a-z0-9.]*` and versions start with a digit. */
export function parseTag(tag: string): Tag {
  const first = tag.charAt(0);
  const dash = tag.indexOf("-");
  if (isLower(first) && dash > 0) {
    const variant = tag.slice(0, dash);
    if (madeOf(variant, (c) => isLower(c) || isDigit(c) || c === ".")) {
      const text = tag.slice(dash + 1);
      return { variant, text, version: parseVersion(text) };
    }
  }
  return { variant: "", text: tag, version: parseVersion(tag) };
}

function compareIdentifiers(a: string, b: string): number {
  const aNum = madeOf(a, isDigit);
  const bNum = madeOf(b, isDigit);
  if (aNum && bNum) return tonumberSafe(a) - tonumberSafe(b);
  if (aNum !== bNum) return aNum ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Semver precedence: numbers first, then a prerelease sorts before its release. */
export function compareVersions(a: Version, b: Version): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== b.patch) return a.patch - b.patch;
  const pa = a.prerelease;
  const pb = b.prerelease;
  if (pa.length === 0 || pb.length === 0) return pb.length - pa.length;
  for (let i = 0; i < pa.length && i < pb.length; i++) {
    const c = compareIdentifiers(pa[i], pb[i]);
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

interface Listed {
  readonly text: string;
  readonly version: Version;
}

/** Insertion sort: stable, dependency-free, and fast enough for registry-sized lists. */
function sortListed(items: Listed[]): Listed[] {
  const out: Listed[] = [];
  for (const item of items) {
    let i = out.length;
    while (i > 0 && compareVersions(out[i - 1].version, item.version) > 0) i--;
    out.splice(i, 0, item);
  }
  return out;
}

/**
 * The versions mise should offer for `variant` ("" = default), ascending, without the variant
 * prefix: mise's fuzzy matching (`0.11` -> newest `0.11.x`) only works on bare versions.
 * Prereleases are kept unless `prerelease` is false (mise hides them unless asked anyway).
 */
export function selectVersions(tags: readonly string[], variant: string, prerelease = true): string[] {
  const seen: Record<string, boolean> = {};
  const listed: Listed[] = [];
  for (const tag of tags) {
    const parsed = parseTag(tag);
    if (parsed.variant !== variant || parsed.version === undefined || seen[parsed.text] === true) continue;
    if (!prerelease && parsed.version.prerelease.length > 0) continue;
    seen[parsed.text] = true;
    listed.push({ text: parsed.text, version: parsed.version });
  }
  return sortListed(listed).map((item) => item.text);
}

/** The OCX tag that holds `version` of `variant`. */
export function tagFor(version: string, variant: string): string {
  return variant === "" ? version : `${variant}-${version}`;
}

/**
 * Up to `count` available versions closest to `requested` in sort order, for "did you mean"
 * messages; a request that is not a version (e.g. a rolling `0.11`) sorts by its numeric prefix.
 */
export function nearestVersions(requested: string, available: readonly string[], count: number): string[] {
  if (available.length <= count) return [...available];
  const target = parseVersion(requested) ?? parseVersion(padded(requested));
  let at = available.length;
  if (target !== undefined) {
    at = 0;
    while (at < available.length && compareVersions(parseVersion(available[at]) as Version, target) < 0) at++;
  }
  const start = Math.max(0, Math.min(at - Math.floor(count / 2), available.length - count));
  return available.slice(start, start + count);
}

function padded(partial: string): string {
  const parts = partial.split(".");
  while (parts.length < 3) parts.push("0");
  return parts.join(".");
}
