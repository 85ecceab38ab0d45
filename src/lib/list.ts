// BackendListVersions: the registry's tags, reduced to what mise can offer. When the registry
// cannot be reached, OCX's local index (what this machine installed or indexed) still answers.

import { EXIT } from "./errors";
import type { Host } from "./host";
import { failWith, listTags } from "./ocx";
import type { Request } from "./request";
import { selectVersions } from "./versions";

/** Failures where the local index may still know the answer. */
const OFFLINE_CODES: readonly number[] = [EXIT.transient, EXIT.unavailable, EXIT.offline];

export function availableVersions(host: Host, request: Request): string[] {
  const remote = listTags(host, request, true);
  if (Array.isArray(remote)) return selectVersions(remote, request.variant);
  if (OFFLINE_CODES.includes(remote.code)) {
    const local = listTags(host, request, false);
    if (Array.isArray(local) && local.length > 0) {
      host.warn(`${request.label}: the registry is unreachable (exit ${remote.code}); listing versions from OCX's local index`);
      return selectVersions(local, request.variant);
    }
  }
  return failWith(request, remote);
}
