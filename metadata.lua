PLUGIN = {
    name = "ocx",
    version = "0.1.0",
    description = "Install OCI-hosted tools through OCX (ocx.sh): ocx:<registry>/<namespace>/<name>",
    author = "mise-ocx contributors",
    homepage = "https://github.com/ocx-sh/mise-ocx",
    license = "MIT",
    minRuntimeVersion = "0.6.0",
    notes = {"Requires ocx >= 0.5.8 on PATH: https://ocx.sh"}
}
