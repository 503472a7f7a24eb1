/**
 * The benchmark's door into the renderer (`npm run bench`, bench/browser/): present only in a
 * build made with `--mode bench`. DbProvider imports this module behind
 * `import.meta.env.MODE === 'bench'`, a constant the production build folds to false, so the
 * module and `window.__capdoBench` are absent from what ships (bench/browser/build.ts checks the
 * production bundle for the name).
 *
 * It lets the benchmark hand the renderer the very dataset the Node half measured (fetched from a
 * URL the benchmark serves) and make one edit through the real repo, without clicking through
 * screens that are not what is being timed.
 */
import type { DemoDataset } from '../../demo/generate'
import type { CapdoDatabase } from '../database'
import { updateSystem, type SystemPatch } from '../repos/systems'
import { writeDemoDataset, type LoadDemoResult } from './load-demo'

export interface CapdoBench {
  /** Replaces the register with the dataset at `url`; `ms` is the write alone (one transaction). */
  load(url: string, seed: number): Promise<LoadDemoResult & { ms: number; fetchMs: number }>
  editSystem(id: string, patch: SystemPatch): Promise<void>
}

declare global {
  interface Window {
    __capdoBench?: CapdoBench
  }
}

export function installBenchHook(db: CapdoDatabase): void {
  window.__capdoBench = {
    async load(url, seed) {
      const fetchStart = performance.now()
      const dataset = (await (await fetch(url)).json()) as DemoDataset
      const start = performance.now()
      performance.mark('capdo:bench-load-start')
      const counts = await writeDemoDataset(db, dataset, { seed, replace: true, by: 'bench' })
      performance.mark('capdo:bench-load-end')
      return { ...counts, ms: performance.now() - start, fetchMs: start - fetchStart }
    },
    async editSystem(id, patch) {
      await updateSystem(db, id, patch, 'bench')
    },
  }
}
