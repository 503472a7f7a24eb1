/**
 * What a CLI command may touch, passed in so commands run in tests without a real process:
 * the entry wires these to process.stdout/stderr and node:fs.
 */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  readFile(path: string): Promise<Uint8Array>
  /** Atomic: the file appears complete or not at all. */
  writeFile(path: string, data: Uint8Array): Promise<void>
  /** Creates a folder and its parents (no error when it exists). Optional: only `round requests` writes folders. */
  makeDir?(path: string): Promise<void>
}

/** Exit codes of the CLI contract: 0 clean, 1 the data has errors, 2 usage or unreadable file. */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const
