// BackendExecEnv: the tool's environment from its receipt alone. This runs for every tool on
// every uncached prompt and `mise exec`, so it reads one file and starts no process.

import { composeEnv, relocator, type EnvVar } from "./env";
import { fail, label } from "./errors";
import { decodeOrUndefined, type Reader } from "./host";
import { clashMessage, linkedFolders, parseReceipt, RECEIPT_FILE, type Receipt } from "./receipt";

export function activationEnv(host: Reader, tool: string, version: string, installPath: string): EnvVar[] {
  const receipt = readReceipt(host, tool, version, installPath);
  const links = linkedFolders(receipt.env, host.os).map((folder) => ({ from: `${receipt.root}/${folder}`, to: `${installPath}/${folder}` }));
  const vars = composeEnv(receipt.env.entries, host.os === "windows" ? ";" : ":", relocator(links));
  if (receipt.env.entrypoints.length > 0) {
    // Entry-point launchers re-enter ocx and refuse package roots outside their OCX_HOME.
    vars.push({ key: "OCX_HOME", value: receipt.ocxHome }, { key: "OCX_BINARY_PIN", value: receipt.ocx });
  }
  return vars;
}

function readReceipt(host: Reader, tool: string, version: string, installPath: string): Receipt {
  const where = label(tool, version);
  const repair = `run 'mise install --force ocx:${tool}@${version}'`;
  const text = host.readText(`${installPath}/${RECEIPT_FILE}`);
  if (text === undefined) fail(`${where}: the install is incomplete (no ${RECEIPT_FILE}); ${repair}`);
  const receipt = parseReceipt(decodeOrUndefined(host, text));
  if (typeof receipt === "string") fail(`${where}: the install receipt is unreadable (${receipt}); ${repair}`);
  if (receipt.tool !== tool) fail(`${where}: ${clashMessage(receipt.tool, installPath)}`);
  if (!host.exists(`${receipt.root}/content`)) {
    fail(`${where}: its files are gone from OCX's store (was 'ocx clean' run?); ${repair}`);
  }
  return receipt;
}
