// Which ocx to run, in a documented order: an explicit override (tool option `ocx_bin`, then
// MISE_OCX_BIN), then `ocx` on the hooks' PATH (which holds mise's own ocx when mise.toml lists
// github:ocx-sh/ocx, through the plugin's `depends`), then an ocx that mise installed. Found by
// looking at files, so locating costs no process; the version is checked once per install.

import { fail, GET_OCX, printable } from "./errors";
import type { Host } from "./host";
import { installsDir, miseToolDir } from "./mise_paths";
import { call, decode, failWith, type Ocx, type Subject } from "./ocx";
import type { Request } from "./request";
import { compareVersions, parseVersion, type Version } from "./versions";

const MINIMUM: Version = { major: 0, minor: 5, patch: 8, prerelease: [] };
const SUPPORTED = "ocx 0.5.8 or a later 0.5.x";

/** The contract this plugin speaks: 0.5.8 and later releases of the 0.5 line. */
function supported(version: Version | undefined): boolean {
  return version !== undefined && version.major === MINIMUM.major && version.minor === MINIMUM.minor && compareVersions(version, MINIMUM) >= 0;
}

function programName(host: Host): string {
  return host.os === "windows" ? "ocx.exe" : "ocx";
}

/** The newest supported ocx mise installed (`mise use github:ocx-sh/ocx@...` or `mise link`), if any. */
function miseManaged(host: Host, toolDir: string): string | undefined {
  const installed = host
    .listDir(toolDir)
    .map((dir) => ({ dir, version: parseVersion(dir.split("/").pop() ?? "") }))
    .filter((entry) => supported(entry.version))
    .sort((a, b) => compareVersions(b.version as Version, a.version as Version));
  for (const { dir } of installed) {
    for (const candidate of [`${dir}/${programName(host)}`, `${dir}/bin/${programName(host)}`]) {
      if (host.exists(candidate)) return candidate;
    }
  }
  return undefined;
}

export function locateOcx(host: Host, request: Request): Ocx {
  const overrides: [string, string | undefined][] = [
    ["the tool option ocx_bin", request.ocxBin],
    ["MISE_OCX_BIN", host.env("MISE_OCX_BIN")],
  ];
  for (const [source, path] of overrides) {
    if (path === undefined || path === "") continue;
    if (!host.exists(path)) fail(`${request.label}: ${source} names ${path}, which does not exist; fix it or unset it`);
    return { host, program: path };
  }
  const separator = host.os === "windows" ? ";" : ":";
  const installs = installsDir(host.pluginDir);
  // mise's shims would re-enter mise for every call: the install they point at is found below.
  const shims = `${installs.slice(0, installs.length - "installs".length)}shims`;
  for (const dir of (host.env("PATH") ?? "").split(separator)) {
    const candidate = `${dir}/${programName(host)}`;
    if (dir !== "" && dir !== shims && host.exists(candidate)) return { host, program: candidate };
  }
  const toolDir = `${installs}/${miseToolDir("github", "ocx-sh/ocx")}`;
  const managed = miseManaged(host, toolDir);
  if (managed !== undefined) return { host, program: managed };
  return fail(
    `${request.label}: ocx was not found (looked at the tool option ocx_bin, MISE_OCX_BIN, PATH and ${toolDir}); ${GET_OCX}, or put ocx on PATH`,
  );
}

/** Fails unless the ocx found speaks the contract this plugin was built for. */
export function checkOcxVersion(ocx: Ocx, subject: Subject): void {
  const outcome = call(ocx, ["version"], "query");
  if (outcome.code !== 0) failWith(subject, outcome);
  const report = decode(ocx.host, subject, outcome) as { version?: unknown };
  const text = typeof report === "object" && typeof report.version === "string" ? report.version : "of an unknown version";
  if (!supported(parseVersion(text))) fail(`${subject.label}: mise-ocx needs ${SUPPORTED}, but ${ocx.program} is ocx ${printable(text)}; ${GET_OCX}`);
}
