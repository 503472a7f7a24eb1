import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildInventoryWithErrors, buildMessyInventory } from '../../test/fixtures/messy-workbooks'

const run = promisify(execFile)

/** The real entry, as `npm run cli` runs it: stdout, stderr and the exit code. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src-main/cli/index.ts', ...args], {
      cwd: process.cwd(),
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'capdo-cli-'))
  await writeFile(join(dir, 'messy.xlsx'), await buildMessyInventory())
  await writeFile(join(dir, 'errors.xlsx'), await buildInventoryWithErrors())
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the CLI as a process', () => {
  it('validate --json exits 0 with one JSON object for a clean file', async () => {
    const result = await cli('validate', join(dir, 'messy.xlsx'), '--json')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({ errors: [], rows: 9 })
  })

  it('validate --json exits 1 for a file with errors', async () => {
    const result = await cli('validate', join(dir, 'errors.xlsx'), '--json')
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).errors).toHaveLength(5)
  })

  it('exits 2 for a file that does not exist, and prints its version from package.json', async () => {
    const missing = await cli('validate', join(dir, 'none.xlsx'), '--json')
    expect(missing.code).toBe(2)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toContain('Không tìm thấy tệp')
    const version = await cli('--version')
    const manifest = JSON.parse(await readFile(join(process.cwd(), 'package.json'), 'utf8')) as {
      version: string
    }
    expect(version.stdout).toBe(`${manifest.version}\n`)
  })
})
