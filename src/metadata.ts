// Read by mise first in every Lua VM it starts for the plugin. The backend's prefix (`ocx:`)
// comes from the name the plugin is installed under, not from `name` here.

PLUGIN = {
  name: "ocx",
  version: "0.1.0",
  description: "Install OCI-hosted tools through OCX (ocx.sh): ocx:<registry>/<namespace>/<name>",
  author: "mise-ocx contributors",
  homepage: "https://github.com/ocx-sh/mise-ocx",
  license: "MIT",
  minRuntimeVersion: "0.6.0",
  // Tool options reach BackendListVersions from mise 2026.4.4; mise itself ignores this field.
  minMiseVersion: "2026.4.4",
  notes: ["Needs ocx 0.5.8 or a later 0.5.x: list github:ocx-sh/ocx in mise.toml, or put ocx on PATH"],
  // mise installs these first when mise.toml lists them, and puts them on the hooks' PATH.
  depends: ["github:ocx-sh/ocx"],
} satisfies PluginMetadata as MisePlugin;
