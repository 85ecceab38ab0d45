// mise runs every hook file in every Lua VM it starts, so hooks load their modules when called,
// and the cheap, frequent exec-env VM never compiles the install and listing code.

// `mise ls-remote`, `mise install`, `mise outdated`: which versions exist, oldest first.
PLUGIN.BackendListVersions = function (this: MisePlugin, ctx) {
  const { miseHost } = require("../lib/mise_host") as typeof import("../lib/mise_host");
  const { parseRequest } = require("../lib/request") as typeof import("../lib/request");
  const { assertNoCollision } = require("../lib/collision") as typeof import("../lib/collision");
  const { locateOcx } = require("../lib/locate") as typeof import("../lib/locate");
  const { availableVersions } = require("../lib/list") as typeof import("../lib/list");

  const host = miseHost();
  const request = parseRequest(ctx.tool, ctx.options, host.warn);
  assertNoCollision(host, request.tool);
  return { versions: availableVersions(locateOcx(host, request), request) };
};
