// What a hook is asked for, checked before anything runs: the identifier, the version and the
// tool options all come from a mise.toml that may belong to a repository the user just cloned.

import { allOf, isLower, isLowerAlnum, madeOf } from "./chars";
import { fail, label, printable } from "./errors";
import { parseDuration } from "./cache";
import { identifierProblem, versionProblem } from "./identifier";
import type { Subject } from "./ocx";
import { parseVersion, tagFor } from "./versions";

export interface Request extends Subject {
  /** Tag prefix of the variant to use; "" for the default variant. */
  readonly variant: string;
  /** ocx `-p` value, e.g. `linux/amd64+libc.musl`; undefined lets ocx detect the host. */
  readonly platform: string | undefined;
  /** Tool option `ocx_bin`: the ocx program to use instead of searching for one. */
  readonly ocxBin: string | undefined;
  /** Tool option `cache_ttl`, in seconds: how long a listed version set stays fresh. */
  readonly cacheTtl: number | undefined;
  /** Tool option `prerelease`: list prereleases (default), or leave them out entirely. */
  readonly prerelease: boolean;
}

/** mise's own tool options, passed through to plugins; they are not ours to judge. */
const MISE_OPTIONS = ["postinstall", "install_env", "os", "depends", "version"];
const OPTIONS = ["variant", "platform", "ocx_bin", "cache_ttl", "prerelease"];

function stringOption(tool: string, options: ToolOptions, name: string): string | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") fail(`${label(tool)}: the option '${name}' must be a string`);
  return value;
}

function platformProblem(platform: string): string | undefined {
  const ok = madeOf(platform, (c) => isLowerAlnum(c) || c === "/" || c === "+" || c === "." || c === "," || c === "_");
  return ok && isLowerAlnum(platform.charAt(0)) ? undefined : "the option 'platform' must be os/arch[/variant][+feature], e.g. linux/amd64+libc.musl";
}

function variantProblem(variant: string): string | undefined {
  const ok = madeOf(variant, (c) => isLowerAlnum(c) || c === ".") && isLower(variant.charAt(0));
  return ok ? undefined : "the option 'variant' must be a tag prefix such as 'slim': a lowercase letter, then letters, digits or '.'";
}

/** A program path is quoted when run, so it only has to be absolute and on one line. */
function programProblem(path: string): string | undefined {
  const absolute = path.startsWith("/") || (path.charAt(1) === ":" && (path.charAt(2) === "\\" || path.charAt(2) === "/"));
  return absolute && allOf(path, (c) => c >= " ") ? undefined : "the option 'ocx_bin' must be the absolute path of an ocx program";
}

/** The validated tool and options of a hook call; fails with a one-line message otherwise. */
export function parseRequest(tool: string, options: ToolOptions | undefined, warn: (message: string) => void): Request {
  const problem = identifierProblem(tool);
  if (problem !== undefined) fail(`${label(tool)}: ${problem}`);
  const opts = options ?? {};
  for (const key of Object.keys(opts)) {
    if (!OPTIONS.includes(key) && !MISE_OPTIONS.includes(key)) {
      warn(`${label(tool)}: unknown option '${printable(key)}' is ignored (known: ${OPTIONS.join(", ")})`);
    }
  }
  const variant = stringOption(tool, opts, "variant") ?? "";
  const platform = stringOption(tool, opts, "platform");
  const ocxBin = stringOption(tool, opts, "ocx_bin");
  const ttlText = stringOption(tool, opts, "cache_ttl");
  const cacheTtl = ttlText === undefined ? undefined : parseDuration(ttlText);
  if (ttlText !== undefined && cacheTtl === undefined) {
    fail(`${label(tool)}: the option 'cache_ttl' must be a duration such as 3600, 90s, 30m, 1h or 0 (no cache)`);
  }
  const prereleaseText = stringOption(tool, opts, "prerelease") ?? "true";
  if (prereleaseText !== "true" && prereleaseText !== "false") fail(`${label(tool)}: the option 'prerelease' must be true or false`);
  const bad =
    (variant === "" ? undefined : variantProblem(variant)) ??
    (platform === undefined ? undefined : platformProblem(platform)) ??
    (ocxBin === undefined ? undefined : programProblem(ocxBin));
  if (bad !== undefined) fail(`${label(tool)}: ${bad}`);
  return { tool, label: label(tool), variant, platform, ocxBin, cacheTtl, prerelease: prereleaseText === "true" };
}

/** The request narrowed to one exact version, with the OCX tag that holds it. */
export interface VersionRequest extends Request {
  readonly version: string;
  readonly tag: string;
}

/**
 * mise passes a version it could not resolve through verbatim (always when offline), so a
 * rolling tag such as `0.11` or `latest` can arrive here; installing it would file a moving
 * target under a fixed folder name, so only exact versions are accepted.
 */
export function forVersion(request: Request, version: string): VersionRequest {
  const where = label(request.tool, version);
  const problem = versionProblem(version);
  if (problem !== undefined) fail(`${where}: ${problem}`);
  if (parseVersion(version) === undefined) {
    fail(`${where}: '${version}' is not an exact version (X.Y.Z); run 'mise ls-remote ocx:${request.tool}' and pick one, or go online so mise can resolve it`);
  }
  return { ...request, label: where, version, tag: tagFor(version, request.variant) };
}
