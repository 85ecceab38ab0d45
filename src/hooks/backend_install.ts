import { installVersion } from "../lib/install";
import { checkOcxVersion, locateOcx } from "../lib/locate";
import { miseHost } from "../lib/mise_host";
import { forVersion, parseRequest } from "../lib/request";

// `mise install ocx:<id>@<version>`: ocx fetches into its store, mise's folder links to it.
PLUGIN.BackendInstall = function (this: MisePlugin, ctx) {
  const host = miseHost();
  const request = forVersion(parseRequest(ctx.tool, ctx.options, host.warn), ctx.version);
  const ocx = locateOcx(host, request);
  checkOcxVersion(ocx, request);
  installVersion(ocx, request, ctx.install_path);
  return {};
};
