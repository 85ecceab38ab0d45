PLUGIN = {
    name = "ocx",
    version = "0.1.0",
    description = "Install OCI-hosted tools through OCX (ocx.sh): ocx:<registry>/<namespace>/<name>",
    author = "mise-ocx contributors",
    homepage = "https://github.com/ocx-sh/mise-ocx",
    license = "MIT",
    minRuntimeVersion = "0.6.0",
    minMiseVersion = "2026.4.4",
    notes = {"Needs ocx 0.5.8 or a later 0.5.x: list github:ocx-sh/ocx in mise.toml, or put ocx on PATH"},
    depends = {"github:ocx-sh/ocx"}
}
