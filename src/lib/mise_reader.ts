// The Reader over mise's Lua modules: the file access activation needs, and nothing that would
// make the exec-env VM load the rest of the host (mise_host.ts builds on this one).

import * as file from "file";
import * as json from "json";
import type { Reader } from "./host";

export function miseReader(): Reader {
  return {
    os: RUNTIME.osType,
    readText(path) {
      const [handle] = io.open(path, "rb");
      if (handle === undefined) return undefined;
      const text = handle.read("*a");
      handle.close();
      return text ?? "";
    },
    exists: (path) => file.exists(path),
    decodeJson: (text) => json.decode(text),
  };
}
