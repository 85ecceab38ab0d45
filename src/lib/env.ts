// OCX env entries -> mise's env_vars list, folded with ocx's own rules (env-composition.md):
// `constant` replaces, `path` prepends with move-to-front, `list` appends with move-to-back.
// mise takes repeated PATH entries as the tool's bin dirs in order, so PATH stays one entry per dir.

import type { EnvEntry } from "./package_env";

export interface EnvVar {
  key: string;
  value: string;
}

interface Folded {
  key: string;
  parts: string[];
  separator: string | undefined;
}

/**
 * Folds `entries` onto an empty environment. `pathSeparator` joins path-type variables other
 * than PATH; `relocate` maps a value inside OCX's store to the same place under mise's install folder.
 */
export function composeEnv(entries: readonly EnvEntry[], pathSeparator: string, relocate: (value: string) => string): EnvVar[] {
  // A plain table, not a Map: this runs on every activation and Map would pull TSTL's class runtime into the VM.
  const order: Folded[] = [];
  const byKey: Record<string, Folded | undefined> = {};
  for (const entry of entries) {
    let folded = byKey[entry.key];
    if (folded === undefined) {
      folded = { key: entry.key, parts: [], separator: undefined };
      byKey[entry.key] = folded;
      order.push(folded);
    }
    const value = relocate(entry.value);
    if (entry.type === "constant") {
      folded.parts = [value];
    } else if (entry.type === "path") {
      folded.parts = [value, ...folded.parts.filter((p) => p !== value)];
      folded.separator = pathSeparator;
    } else if (value !== "") {
      folded.parts = [...folded.parts.filter((p) => p !== value), value];
      // The first explicit separator wins; entries without one do not fix it.
      folded.separator = folded.separator ?? entry.separator;
    }
  }
  const out: EnvVar[] = [];
  for (const folded of order) {
    if (folded.key.toUpperCase() === "PATH") {
      for (const dir of folded.parts) out.push({ key: "PATH", value: dir });
    } else if (folded.parts.length > 0) {
      out.push({ key: folded.key, value: folded.parts.join(folded.separator ?? " ") });
    }
  }
  return out;
}

/** Rewrites `value` when it lies in `from` (the store) to the same place under `to` (mise's link). */
export function relocator(links: readonly { from: string; to: string }[]): (value: string) => string {
  return (value) => {
    for (const link of links) {
      if (value === link.from) return link.to;
      if (value.startsWith(`${link.from}/`)) return link.to + value.slice(link.from.length);
    }
    return value;
  };
}
