/**
 * The renderer the Chromium half measures: the production build made with `--mode bench`, which
 * differs from what ships only by the benchmark's hook (src-renderer/src/db/demo/bench-hook.ts).
 * Built into a temporary folder, never into the shared out/, so a benchmark can run beside tests.
 * CAPDO_BENCH_RENDERER=<folder> reuses a bench-mode build made earlier.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')
const HOOK_NAME = '__capdoBench'

/** True when a built renderer folder contains the benchmark's hook. */
export function hasBenchHook(rendererDir: string): boolean {
  const assets = join(rendererDir, 'assets')
  if (!existsSync(assets)) return false
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .some((f) => readFileSync(join(assets, f), 'utf8').includes(HOOK_NAME))
}

export interface BuiltRenderer {
  dir: string
  buildMs: number
  /** Whether this run built it (and should delete it afterwards). */
  own: boolean
  root: string
}

export function benchRenderer(): BuiltRenderer {
  const reuse = process.env.CAPDO_BENCH_RENDERER
  if (reuse) {
    const dir = resolve(reuse)
    if (!hasBenchHook(dir)) {
      throw new Error(
        `${dir} không phải bản dựng dành cho đo hiệu năng (thiếu ${HOOK_NAME}). Dựng bằng: npx electron-vite build --mode bench --outDir <thư mục>, rồi trỏ CAPDO_BENCH_RENDERER tới <thư mục>/renderer.`,
      )
    }
    return { dir, buildMs: 0, own: false, root: dir }
  }
  const out = mkdtempSync(join(tmpdir(), 'capdo-bench-build-'))
  const started = performance.now()
  // --outDir keeps main and preload out of the shared out/ as well.
  const result = spawnSync(
    'npx',
    ['electron-vite', 'build', '--mode', 'bench', '--outDir', out, '--logLevel', 'warn'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CAPDO_RENDERER_OUT: join(out, 'renderer') },
    },
  )
  if (result.status !== 0) {
    throw new Error(`Dựng renderer thất bại:\n${result.stdout}\n${result.stderr}`)
  }
  const dir = join(out, 'renderer')
  if (!hasBenchHook(dir)) throw new Error(`Bản dựng ở ${dir} thiếu ${HOOK_NAME}.`)
  return { dir, buildMs: performance.now() - started, own: true, root: out }
}
