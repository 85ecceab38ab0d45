// The install receipt: everything exec-env needs, so activating a tool reads one small file and
// starts no process. Written last and atomically, so its presence means the install completed.

import { parsePackageEnv, type PackageEnv } from "./package_env";

export const RECEIPT_FILE = ".mise-ocx.json";
export const RECEIPT_SCHEMA = 1;

export interface Receipt {
  readonly schema: number;
  /** The identifier as written after `ocx:`; guards against mise's folder-name collisions. */
  readonly tool: string;
  readonly version: string;
  /** The OCX tag installed (version plus any variant prefix). */
  readonly tag: string;
  /** `registry/repo:tag@sha256:...` as ocx reported it. */
  readonly pinned: string;
  /** Package root in OCX's store; its `content/` is linked into the install folder. */
  readonly root: string;
  /** The OCX_HOME holding `root`, for entry-point launchers. */
  readonly ocxHome: string;
  /** The ocx program used, for entry-point launchers. */
  readonly ocx: string;
  readonly env: PackageEnv;
}

/**
 * Store folders linked into the install folder, so mise shows (and `which` finds) its own paths.
 * None on Windows, where links need privileges: there the environment points into the store.
 */
export function linkedFolders(env: PackageEnv, os: string): string[] {
  if (os === "windows") return [];
  return env.entrypoints.length > 0 ? ["content", "entrypoints"] : ["content"];
}

/** What to say when the folder mise uses for a tool holds `other` (mise kebab-cases ids into folder names). */
export function clashMessage(other: string, folder: string): string {
  return `mise keeps this tool in the same folder as ocx:${other} (${folder}), which is installed; uninstall it first ('mise uninstall --all ocx:${other}') or use one identifier only`;
}

/** The store's root: a package root is `<OCX_HOME>/packages/<registry>/sha256/<2hex>/<30hex>`. */
export function ocxHomeOf(root: string): string {
  const parts = root.split("/");
  return parts.slice(0, Math.max(0, parts.length - 5)).join("/");
}

/** A decoded receipt, or why it cannot be used. */
export function parseReceipt(value: unknown): Receipt | string {
  if (typeof value !== "object" || value === null) return "it is not a JSON object";
  const r = value as Record<string, unknown>;
  if (r.schema !== RECEIPT_SCHEMA) return `it has schema ${String(r.schema)}, this plugin reads ${RECEIPT_SCHEMA}`;
  for (const field of ["tool", "version", "tag", "pinned", "root", "ocxHome", "ocx"]) {
    if (typeof r[field] !== "string") return `its field '${field}' is missing`;
  }
  const env = parsePackageEnv(r.env);
  if (env === undefined) return "its environment is malformed";
  return { ...(r as unknown as Receipt), env };
}

