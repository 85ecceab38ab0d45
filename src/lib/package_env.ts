// What `ocx package env` reports (0.5.x: `{entries, binaries, entrypoints, ...}`), validated. The
// receipt stores the same shape, so activation reads it with the same code and nothing else.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export type EntryType = "path" | "constant" | "list";

export interface EnvEntry {
  readonly key: string;
  readonly value: string;
  readonly type: EntryType;
  readonly separator?: string;
}

/** An executable or entry point, and the pinned package that declares it (when ocx says). */
export interface Declared {
  readonly name: string;
  readonly package?: string;
}

export interface PackageEnv {
  readonly entries: EnvEntry[];
  readonly binaries: Declared[];
  /** Entry-point launchers; they re-enter ocx at run time. */
  readonly entrypoints: Declared[];
}

function declared(list: unknown): Declared[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: Declared[] = [];
  for (const item of list) {
    if (!isRecord(item) || typeof item.name !== "string") return undefined;
    out.push({ name: item.name, package: typeof item.package === "string" ? item.package : undefined });
  }
  return out;
}

/** The report as the plugin uses it, or undefined when its shape is not ocx 0.5's. */
export function parsePackageEnv(report: unknown): PackageEnv | undefined {
  if (!isRecord(report) || !Array.isArray(report.entries)) return undefined;
  const entries: EnvEntry[] = [];
  for (const item of report.entries) {
    if (!isRecord(item) || typeof item.key !== "string" || typeof item.value !== "string") return undefined;
    const type = item.type;
    if (type !== "path" && type !== "constant" && type !== "list") return undefined;
    const separator = typeof item.separator === "string" ? item.separator : undefined;
    entries.push({ key: item.key, value: item.value, type, separator });
  }
  const binaries = report.binaries === undefined ? [] : declared(report.binaries);
  const entrypoints = report.entrypoints === undefined ? [] : declared(report.entrypoints);
  if (binaries === undefined || entrypoints === undefined) return undefined;
  return { entries, binaries, entrypoints };
}

