import { assertNoCollision } from "../lib/collision";
import { availableVersions } from "../lib/list";
import { locateOcx } from "../lib/locate";
import { miseHost } from "../lib/mise_host";
import { parseRequest } from "../lib/request";

// `mise ls-remote`, `mise install`, `mise outdated`: which versions exist, oldest first.
PLUGIN.BackendListVersions = function (this: MisePlugin, ctx) {
  const host = miseHost();
  const request = parseRequest(ctx.tool, ctx.options, host.warn);
  assertNoCollision(host, request.tool);
  return { versions: availableVersions(locateOcx(host, request), request) };
};
