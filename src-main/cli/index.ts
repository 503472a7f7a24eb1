/**
 * Entry of the CLI (`npm run --silent cli -- <command>`): wires the real process to runCli and
 * sets the exit code (without process.exit, so piped output is flushed whole).
 */
import { readFileSync } from 'node:fs'
import { createNodeIo } from './node-io'
import { runCli } from './run'

/** A failure that is neither the data's nor the user's: a bug to report. */
const INTERNAL_ERROR = 3

function packageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
  return typeof manifest === 'object' && manifest !== null && 'version' in manifest
    ? String(manifest.version)
    : ''
}

const io = createNodeIo()
runCli(process.argv.slice(2), io, { version: packageVersion() }).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    io.stderr(
      `Lỗi không mong đợi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = INTERNAL_ERROR
  },
)
