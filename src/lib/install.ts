// BackendInstall: ocx installs the package into its content-addressed store; mise's install
// folder gets links into that store and a receipt. No package bytes are copied.

import { EXIT } from "./errors";
import { envFlag } from "./host";
import { versionsIfKnown } from "./list";
import { failWith, installPackage, packageEnv, packageRoot, type Ocx } from "./ocx";
import { linkedFolders, ocxHomeOf, RECEIPT_FILE, RECEIPT_SCHEMA, type Receipt } from "./receipt";
import type { VersionRequest } from "./request";
import { nearestVersions } from "./versions";

const SUGGESTIONS = 5;

export function installVersion(ocx: Ocx, request: VersionRequest, installPath: string): void {
  const reference = `${request.tool}:${request.tag}`;
  const installed = installPackage(ocx, request, reference, request.platform, envFlag(ocx.host, "MISE_OFFLINE"));
  if (!("pinned" in installed)) {
    const hint = installed.code === EXIT.notFound ? suggestions(ocx, request) : "";
    failWith(request, installed, hint);
  }
  const root = packageRoot(ocx, request, installed.pinned);
  const env = packageEnv(ocx, request, installed.pinned);
  const host = ocx.host;
  for (const folder of linkedFolders(env, host.os)) host.symlink(`${root}/${folder}`, `${installPath}/${folder}`);
  const receipt: Receipt = {
    schema: RECEIPT_SCHEMA,
    tool: request.tool,
    version: request.version,
    tag: request.tag,
    pinned: installed.pinned,
    root,
    ocxHome: ocxHomeOf(root),
    ocx: ocx.program,
    env,
  };
  host.writeTextAtomic(`${installPath}/${RECEIPT_FILE}`, host.encodeJson(receipt));
}

function suggestions(ocx: Ocx, request: VersionRequest): string {
  const known = versionsIfKnown(ocx, request);
  return known.length === 0 ? "" : `; available versions near it: ${nearestVersions(request.version, known, SUGGESTIONS).join(", ")}`;
}
