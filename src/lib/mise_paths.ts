// Where mise keeps things, derived from where it keeps this plugin (`<data>/plugins/<name>`, the
// path RUNTIME.pluginDirPath gives, symlinks unresolved).

import { isLowerAlnum, isUpper } from "./chars";

/** The path's parts, split on `/` and (Windows) `\`. */
function parts(path: string): string[] {
  return path.split("\\").join("/").split("/");
}

export function pluginName(pluginDir: string): string {
  const all = parts(pluginDir);
  return all[all.length - 1];
}

/** `<data>/installs`. */
export function installsDir(pluginDir: string): string {
  return `${parts(pluginDir).slice(0, -2).join("/")}/installs`;
}

/** The folder name mise derives from `<backend>:<tool>`: heck's kebab case, which for ids like ours is the alphanumeric runs, lowercased, joined by '-'. */
export function miseToolDir(backend: string, tool: string): string {
  const words: string[] = [];
  let word = "";
  for (const c of `${backend}:${tool}`.split("")) {
    if (isLowerAlnum(c) || isUpper(c)) word += c.toLowerCase();
    else if (word !== "") {
      words.push(word);
      word = "";
    }
  }
  if (word !== "") words.push(word);
  return words.join("-");
}
