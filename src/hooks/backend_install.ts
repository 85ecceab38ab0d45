// Modules load when the hook is called: see backend_list_versions.ts.

// `mise install ocx:<id>@<version>`: ocx fetches into its store, mise's folder links to it.
PLUGIN.BackendInstall = function (this: MisePlugin, ctx) {
  const { miseHost } = require("../lib/mise_host") as typeof import("../lib/mise_host");
  const { forVersion, parseRequest } = require("../lib/request") as typeof import("../lib/request");
  const { checkOcxVersion, locateOcx } = require("../lib/locate") as typeof import("../lib/locate");
  const { installVersion } = require("../lib/install") as typeof import("../lib/install");

  const host = miseHost();
  const request = forVersion(parseRequest(ctx.tool, ctx.options, host.warn), ctx.version);
  const ocx = locateOcx(host, request);
  checkOcxVersion(ocx, request);
  installVersion(ocx, request, ctx.install_path);
  return {};
};
