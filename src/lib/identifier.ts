// What may follow `ocx:` in mise.toml: an OCI repository reference without tag or digest
// (`[host[:port]/]namespace/name`). The text comes from any repository a user clones, so it is
// checked against the OCI grammar before it goes anywhere near a command line.

import { allOf, isDigit, isLowerAlnum, isUpper, madeOf } from "./chars";

export const MAX_IDENTIFIER = 255;
const MAX_TAG = 128;

/**
 * Why `tool` is not a usable OCX identifier, or undefined when it is. Each reason is a sentence
 * fragment that tells the user what to change.
 */
export function identifierProblem(tool: string): string | undefined {
  if (tool.length === 0) return "the identifier is empty; write it as ocx:<registry>/<namespace>/<name>";
  if (tool.length > MAX_IDENTIFIER) return `the identifier is longer than ${MAX_IDENTIFIER} characters`;
  if (tool.startsWith("-")) return "an identifier cannot start with '-'";
  if (tool.includes("@")) return "the identifier holds '@'; give the version to mise (ocx:<id>@<version>), not inside the identifier";
  if (!allOf(tool, (c) => !isUpper(c))) {
    return "OCI identifiers are lowercase; write the identifier in lowercase";
  }
  const segments = tool.split("/");
  if (segments.some((segment) => segment === "." || segment === "..")) {
    return "'.' and '..' are not allowed as identifier segments";
  }
  const hasHost = segments.length > 1 && looksLikeHost(segments[0]);
  if (hasHost) {
    const problem = hostProblem(segments[0]);
    if (problem !== undefined) return problem;
  }
  const path = hasHost ? segments.slice(1) : segments;
  for (const segment of path) {
    if (segment.includes(":")) {
      return "the identifier holds a ':' tag; give the version to mise (ocx:<id>@<version>), not as a tag";
    }
    if (!isPathComponent(segment)) {
      return "each part between '/' must be lowercase letters and digits, joined by single '.', '_', '__' or runs of '-'";
    }
  }
  return undefined;
}

/** ocx treats the first segment as a registry host when it has a '.' or ':' or is `localhost`. */
function looksLikeHost(segment: string): boolean {
  return segment.includes(".") || segment.includes(":") || segment === "localhost";
}

function hostProblem(host: string): string | undefined {
  const parts = host.split(":");
  if (parts.length > 2) return "the registry host may hold one ':' before its port";
  const name = parts[0];
  const labels = name.split(".");
  for (const part of labels) {
    if (!madeOf(part, (c) => isLowerAlnum(c) || c === "-") || part.startsWith("-") || part.endsWith("-")) {
      return "the registry host must be a DNS name such as ghcr.io or localhost, with an optional :port";
    }
  }
  if (parts.length === 2 && !(madeOf(parts[1], isDigit) && parts[1].length <= 5)) {
    return "the registry port must be a number";
  }
  return undefined;
}

/** OCI distribution path component: `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*`. */
function isPathComponent(segment: string): boolean {
  if (segment.length === 0) return false;
  let separator = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (isLowerAlnum(c)) {
      separator = "";
      continue;
    }
    if (i === 0) return false;
    separator += c;
    const ok = separator === "." || separator === "_" || separator === "__" || madeOf(separator, (s) => s === "-");
    if (!ok) return false;
  }
  return separator === "";
}

/**
 * Why `version` cannot be an OCI tag, or undefined. Tags are `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`;
 * ocx also accepts `+`, which it rewrites to `_`.
 */
export function versionProblem(version: string): string | undefined {
  if (version.length === 0) return "the version is empty";
  if (version.length > MAX_TAG) return `the version is longer than ${MAX_TAG} characters`;
  const first = version.charAt(0);
  if (!(isLowerAlnum(first) || isUpper(first) || first === "_")) {
    return "a version must start with a letter, a digit or '_'";
  }
  const tagChar = (c: string) => isLowerAlnum(c) || isUpper(c) || c === "_" || c === "." || c === "-" || c === "+";
  if (!allOf(version, tagChar)) return "a version may only hold letters, digits, '.', '_', '-' and '+'";
  return undefined;
}

/** The registry host ocx talks to for `tool` (as far as the identifier tells; ocx.sh may redirect). */
export function registryHost(tool: string, defaultRegistry: string): string {
  const first = tool.split("/")[0];
  return tool.includes("/") && looksLikeHost(first) ? first : defaultRegistry;
}

/** ocx's strict slug for auth variables: every character outside [A-Za-z0-9] becomes '_'. */
export function authSlug(host: string): string {
  let out = "";
  for (let i = 0; i < host.length; i++) {
    const c = host.charAt(i);
    out += isLowerAlnum(c) || isUpper(c) ? c : "_";
  }
  return out;
}
