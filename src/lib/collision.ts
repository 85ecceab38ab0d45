// mise files every tool under `installs/<kebab-case of the whole id>`, so `ocx:a.b/c` and
// `ocx:a-b/c` share one folder (reference/mise-backend-contract.md §7): once one is installed,
// mise reports the other as installed and serves its binary. The receipt names the identifier
// that really lives there, so a clash is caught before it is served.

import { fail, label } from "./errors";
import { decodeOrUndefined, type Host } from "./host";
import { installsDir, miseToolDir, pluginName } from "./mise_paths";
import { clashMessage, RECEIPT_FILE } from "./receipt";

/** The identifier recorded in a receipt, or undefined when the text is not a receipt. */
function receiptTool(host: Host, text: string): string | undefined {
  const value = decodeOrUndefined(host, text) as { tool?: unknown } | undefined;
  return typeof value === "object" && typeof value.tool === "string" ? value.tool : undefined;
}

/** Fails when the folder mise uses for `tool` holds an install of a different identifier. */
export function assertNoCollision(host: Host, tool: string): void {
  const toolDir = `${installsDir(host.pluginDir)}/${miseToolDir(pluginName(host.pluginDir), tool)}`;
  for (const versionDir of host.listDir(toolDir)) {
    const text = host.readText(`${versionDir}/${RECEIPT_FILE}`);
    const other = text === undefined ? undefined : receiptTool(host, text);
    if (other !== undefined && other !== tool) fail(`${label(tool)}: ${clashMessage(other, toolDir)}`);
  }
}
