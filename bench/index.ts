/**
 * `npm run bench [-- --scale N] [-- --no-browser]`: the performance figures of CapDo, printed as
 * a table and written to bench/results.json. Scale 1 is a province after the 2025 merger: 20,000
 * systems, 300 units, 50,000 assessments. Targets (issue "Performance") are printed beside each
 * figure; the ratios to the ExcelJS floor matter more than absolute times, which drift between
 * runs. The Node half is bench/node-bench.ts, the Chromium half bench/browser/chromium-bench.ts.
 * results.json keeps the latest run of every scale, so a run at scale 5 is compared with the last
 * run at scale 1 (time per system: linear growth keeps it flat).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumExecutable } from '../scripts/chromium'
import { runBrowserBench, type BrowserFigures } from './browser/chromium-bench'
import { growthRatio } from './browser/stats'
import { BENCH_SEED, benchDataset, scaleOf } from './dataset'
import { timeIt } from './measure'
import { runNodeBench, type NodeFigures } from './node-bench'

const AS_OF = '2026-11-23'
const RESULTS = resolve(__dirname, 'results.json')

function parseScale(argv: string[]): number {
  const i = argv.indexOf('--scale')
  if (i === -1) return 1
  const value = Number(argv[i + 1])
  if (!Number.isFinite(value) || value <= 0) {
    console.error('--scale cần một số dương, ví dụ --scale 5 (100.000 hệ thống) hoặc --scale 0.05.')
    process.exit(2)
  }
  return value
}

interface Row {
  figure: string
  value: string
  target: string
  /** Whether the target is met; absent when the figure has no target. */
  met?: boolean
}

interface ScaleRun {
  ranAt: string
  systems: number
  node: NodeFigures
  browser: BrowserFigures | null
}

interface Results {
  asOf: string
  scale: number
  ranAt: string
  machine: { cpus: number; cpuModel: string; node: string }
  node: NodeFigures
  browser: BrowserFigures | null
  browserSkipped?: string
  browserFailed?: string
  /** The latest run at each scale, keyed by the scale factor. */
  byScale: Record<string, ScaleRun>
}

function previousRuns(): Record<string, ScaleRun> {
  if (!existsSync(RESULTS)) return {}
  try {
    const old = JSON.parse(readFileSync(RESULTS, 'utf8')) as Partial<Results>
    return old.byScale ?? {}
  } catch {
    return {}
  }
}

const ms = (v: number) => `${v.toFixed(v < 100 ? 1 : 0)} ms`
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
/** A wall-clock time with the CPU Chromium spent meanwhile, which the machine's load stretches less. */
const msCpu = (wall: number, cpu: number) =>
  Number.isFinite(cpu) ? `${ms(wall)} (CPU ${ms(cpu)})` : ms(wall)

/** Figures whose growth with the register is reported, with how to read them from a run. */
const GROWTH: { figure: string; read: (run: ScaleRun) => number | undefined }[] = [
  { figure: 'evaluate + aggregates', read: (r) => r.node.evaluateMs },
  { figure: 'export, all report sheets', read: (r) => r.node.exportAllMs },
  { figure: 'import of the export', read: (r) => r.node.importMs ?? undefined },
  { figure: 'Dexie bulk load', read: (r) => r.browser?.loadMs },
  { figure: 'register interactive', read: (r) => r.browser?.registerInteractiveMs },
  { figure: 'search p95', read: (r) => r.browser?.searchP95Ms },
  { figure: 'dashboard after an edit', read: (r) => r.browser?.dashboardEditMs },
]

function growthRows(runs: Record<string, ScaleRun>): Row[] {
  const base = runs['1']
  const larger = Object.keys(runs)
    .map(Number)
    .filter((s) => s > 1)
    .sort((a, b) => b - a)[0]
  if (!base || larger === undefined) return []
  const big = runs[String(larger)]
  const rows: Row[] = []
  for (const g of GROWTH) {
    const small = g.read(base)
    const large = g.read(big)
    if (small === undefined || large === undefined) continue
    const r = growthRatio({ ms: small, systems: base.systems }, { ms: large, systems: big.systems })
    const perSystem = (v: number, n: number) => `${((v / n) * 1000).toFixed(1)} µs`
    rows.push({
      figure: `growth ×${larger}: ${g.figure} (per system)`,
      value: `${perSystem(small, base.systems)} → ${perSystem(large, big.systems)} = ${r.toFixed(2)}×`,
      target: '≤ 1× (linear)',
      // Within 15 %: the machine is shared and noisy; worse than that is not linear.
      met: r <= 1.15,
    })
  }
  return rows
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const factor = parseScale(argv)
  const withBrowser = !argv.includes('--no-browser')
  const scale = scaleOf(factor)
  const dataset = await timeIt(() => benchDataset(scale, AS_OF))
  const data = dataset.value
  const node = await runNodeBench(data, AS_OF)

  let browser: BrowserFigures | null = null
  let browserSkipped: string | undefined
  let browserFailed: string | undefined
  // The system's Chromium, else Playwright's own when `npm run test:e2e` has installed it.
  const chromiumPath = chromiumExecutable() ?? chromium.executablePath()
  if (!withBrowser) browserSkipped = 'bỏ qua theo --no-browser'
  else if (!existsSync(chromiumPath))
    browserSkipped = `không có Chromium ở ${chromiumPath} (đặt CHROMIUM_PATH hoặc chạy npx playwright install chromium)`
  else {
    try {
      browser = await runBrowserBench(data, { seed: BENCH_SEED, executablePath: chromiumPath })
    } catch (error) {
      // The Node figures are still printed and saved; the run fails at the end.
      console.error(error)
      browserFailed = error instanceof Error ? error.message.split('\n')[0] : String(error)
    }
  }

  const rows: Row[] = [
    {
      figure: 'dataset: systems / units / assessments',
      value: `${data.systems.length} / ${data.units.length} / ${data.assessments.length}`,
      target: '20000 / 300 / 50000 at scale 1',
    },
    { figure: 'generate dataset', value: ms(dataset.ms), target: '—' },
    {
      figure: 'evaluate + aggregates (median of 7)',
      value: ms(node.evaluateMs),
      target: '≤ 50 ms',
      met: node.evaluateMs <= 50,
    },
    {
      figure: 'export, all report sheets',
      value: ms(node.exportAllMs),
      target: '≤ 3000 ms',
      met: node.exportAllMs <= 3000,
    },
    { figure: 'export, file size', value: `${node.exportAllMb.toFixed(2)} MB`, target: '—' },
    { figure: 'export, peak RSS', value: `${node.exportAllPeakMb.toFixed(0)} MB`, target: '—' },
    { figure: 'export, register sheet only', value: ms(node.exportRegisterMs), target: '—' },
    { figure: 'floor: ExcelJS streaming write, same rows', value: ms(node.floorWriteMs), target: '—' },
    {
      figure: 'export register / floor',
      value: ratio(node.exportRegisterMs, node.floorWriteMs),
      target: '≤ 2×',
      met: node.exportRegisterMs <= 2 * node.floorWriteMs,
    },
    node.importMs === null
      ? {
          figure: 'import of the export',
          value: 'refused',
          target: 'the import accepts ≤ 100,000 rows per sheet (zip-limits.ts)',
        }
      : {
          figure: `import of the export (${node.importedRows} rows)`,
          value: ms(node.importMs),
          target: '≤ 5000 ms',
          met: node.importMs <= 5000,
        },
    { figure: 'floor: ExcelJS read of the same rows', value: ms(node.floorReadMs), target: '—' },
    ...(node.importMs === null
      ? []
      : [
          {
            figure: 'import / floor',
            value: ratio(node.importMs, node.floorReadMs),
            target: '≤ 2×',
            met: node.importMs <= 2 * node.floorReadMs,
          },
        ]),
  ]
  if (browser) {
    const b = browser
    rows.push(
      {
        figure: 'Chromium: Dexie bulk load (one transaction)',
        value: msCpu(b.loadMs, b.loadCpuMs),
        target: '≤ 2000 ms',
        met: b.loadMs <= 2000,
      },
      {
        figure: 'Chromium: navigation → register rows shown',
        value: ms(b.registerShownMs),
        target: '—',
      },
      {
        figure: 'Chromium: navigation → register interactive (median of 3)',
        value: msCpu(b.registerInteractiveMs, b.registerOpenCpuMs),
        target: '≤ 1500 ms',
        met: b.registerInteractiveMs <= 1500,
      },
      {
        figure: `Chromium: search keystroke → table, p50 (${b.searchKeystrokes} keys)`,
        value: ms(b.searchP50Ms),
        target: '—',
      },
      {
        figure: 'Chromium: search keystroke → table, p95',
        value: ms(b.searchP95Ms),
        target: '≤ 100 ms',
        met: b.searchP95Ms <= 100,
      },
      {
        figure: 'Chromium: longest main-thread task after the register opened',
        value: ms(b.afterOpenLongestMs),
        target: '—',
      },
      {
        figure: 'Chromium: dashboard after editing one system (median of 3)',
        value: msCpu(b.dashboardEditMs, b.dashboardEditCpuMs),
        target: '≤ 150 ms',
        met: b.dashboardEditMs <= 150,
      },
      {
        figure: 'Chromium: JS heap with the register open (after GC)',
        value: `${b.heapUsedMb.toFixed(0)} MB`,
        target: '≤ 400 MB',
        met: b.heapUsedMb <= 400,
      },
    )
  } else {
    rows.push({
      figure: 'Chromium half',
      value: browserFailed ? 'FAILED' : 'NOT MEASURED',
      target: browserFailed ?? browserSkipped ?? '',
    })
  }

  const runs = previousRuns()
  runs[String(factor)] = { ranAt: new Date().toISOString(), systems: data.systems.length, node, browser }
  rows.push(...growthRows(runs))

  const width = Math.max(...rows.map((r) => r.figure.length))
  const valueWidth = Math.max(...rows.map((r) => r.value.length))
  const mark = (r: Row) => (r.met === undefined ? '' : r.met ? '  ✓' : '  ✗ missed')
  console.log(
    `CapDo benchmark — scale ${factor} (Node ${process.version}, ${cpus().length} CPU${browser ? `, Chromium ${browser.chromium}` : ''})`,
  )
  for (const r of rows) {
    console.log(`${r.figure.padEnd(width)}  ${r.value.padStart(valueWidth)}  ${r.target}${mark(r)}`)
  }
  if (!rows.some((r) => r.figure.startsWith('growth'))) {
    console.log(
      '(Chạy --scale 1 và --scale 5 để so thời gian trên mỗi hệ thống: results.json giữ lần chạy gần nhất của mỗi quy mô.)',
    )
  }
  const results: Results = {
    asOf: AS_OF,
    scale: factor,
    ranAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', node: process.version },
    node,
    browser,
    ...(browserSkipped ? { browserSkipped } : {}),
    ...(browserFailed ? { browserFailed } : {}),
    byScale: runs,
  }
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`Ghi kết quả vào ${RESULTS}`)
  if (browserFailed) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
