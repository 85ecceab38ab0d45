// A throwaway world for one test: a fixture registry, an OCX_HOME, the stand-in ocx on PATH
// and its call log. Nothing outside the temp folder is read or written.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFixtureRegistry } from "../standin/fixtures.mjs";

export const STANDIN_BIN = join(import.meta.dirname, "..", "standin", "bin");

export interface OcxCall {
  argv: string[];
  env: Record<string, string | null>;
}

/** A fault rule for the stand-in (see test/standin/ocx.mjs). */
export interface Fault {
  when: string;
  exit?: number;
  times?: number;
  stdout?: string;
  stderr?: string;
  sleep?: number;
  crash?: boolean;
}

export class Sandbox {
  readonly root = mkdtempSync(join(tmpdir(), "mise-ocx-"));
  readonly registry = join(this.root, "registry");
  readonly ocxHome = join(this.root, "ocx-home");
  readonly callLog = join(this.root, "ocx-calls.jsonl");
  readonly faultsFile = join(this.root, "ocx-faults.json");
  /** Directories put before the system PATH (the stand-in's by default). */
  pathDirs = [STANDIN_BIN];

  constructor() {
    buildFixtureRegistry(this.registry);
    mkdirSync(this.ocxHome, { recursive: true });
  }

  dir(name: string): string {
    const path = join(this.root, name);
    mkdirSync(path, { recursive: true });
    return path;
  }

  /** The environment the stand-in ocx needs, on top of the current one. */
  env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      PATH: [...this.pathDirs, process.env.PATH ?? ""].join(":"),
      OCX_HOME: this.ocxHome,
      OCX_STANDIN_REGISTRY: this.registry,
      OCX_STANDIN_LOG: this.callLog,
      OCX_STANDIN_FAULTS: this.faultsFile,
    };
  }

  faults(rules: Fault[]): void {
    writeFileSync(this.faultsFile, JSON.stringify(rules));
  }

  /** Every ocx call so far, oldest first. */
  ocxCalls(): OcxCall[] {
    if (!existsSync(this.callLog)) return [];
    return readFileSync(this.callLog, "utf8").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as OcxCall);
  }

  /** The calls' argv as command lines, for compact assertions. */
  ocxCommands(): string[] {
    return this.ocxCalls().map((c) => c.argv.join(" "));
  }

  clearCalls(): void {
    writeFileSync(this.callLog, "");
  }
}
