// BackendListVersions: the registry's tags, reduced to what mise can offer. When the registry
// cannot be reached, OCX's local index (what this machine installed or indexed) still answers.

import { EXIT } from "./errors";
import { failWith, listTags, type Ocx } from "./ocx";
import type { Request } from "./request";
import { selectVersions } from "./versions";

/** Failures where the local index may still know the answer. */
const OFFLINE_CODES: readonly number[] = [EXIT.transient, EXIT.unavailable, EXIT.offline];

export function availableVersions(ocx: Ocx, request: Request): string[] {
  const remote = listTags(ocx, request, true);
  if (Array.isArray(remote)) return selectVersions(remote, request.variant);
  if (OFFLINE_CODES.includes(remote.code)) {
    const local = listTags(ocx, request, false);
    if (Array.isArray(local) && local.length > 0) {
      ocx.host.warn(`${request.label}: the registry is unreachable (exit ${remote.code}); listing versions from OCX's local index`);
      return selectVersions(local, request.variant);
    }
  }
  return failWith(request, remote);
}
