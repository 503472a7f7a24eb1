/**
 * `npm run bench [-- --scale N]`: the performance figures of CapDo, printed as a table and written
 * to bench/results.json. Scale 1 is a province after the 2025 merger: 20,000 systems, 300 units,
 * 50,000 assessments. Targets (issue "Performance") are printed beside each figure; the ratios to
 * the ExcelJS floor matter more than absolute times, which drift between runs.
 * The Chromium half (IndexedDB load, register, search latency) is measured by bench/browser-bench.ts
 * when present.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { benchDataset, scaleOf } from './dataset'
import { timeIt } from './measure'
import { runNodeBench } from './node-bench'

const AS_OF = '2026-11-23'

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
}

async function main(): Promise<void> {
  const factor = parseScale(process.argv.slice(2))
  const scale = scaleOf(factor)
  const dataset = await timeIt(() => benchDataset(scale, AS_OF))
  const data = dataset.value
  const node = await runNodeBench(data, AS_OF)
  const ms = (v: number) => `${v.toFixed(v < 100 ? 1 : 0)} ms`
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
  const rows: Row[] = [
    {
      figure: 'dataset: systems / units / assessments',
      value: `${data.systems.length} / ${data.units.length} / ${data.assessments.length}`,
      target: '20000 / 300 / 50000 at scale 1',
    },
    { figure: 'generate dataset', value: ms(dataset.ms), target: '—' },
    { figure: 'evaluate + aggregates (median of 7)', value: ms(node.evaluateMs), target: '≤ 50 ms' },
    { figure: 'export, all report sheets', value: ms(node.exportAllMs), target: '≤ 3000 ms' },
    { figure: 'export, file size', value: `${node.exportAllMb.toFixed(2)} MB`, target: '—' },
    { figure: 'export, peak RSS', value: `${node.exportAllPeakMb.toFixed(0)} MB`, target: '—' },
    { figure: 'export, register sheet only', value: ms(node.exportRegisterMs), target: '—' },
    { figure: 'floor: ExcelJS streaming write, same rows', value: ms(node.floorWriteMs), target: '—' },
    {
      figure: 'export register / floor',
      value: ratio(node.exportRegisterMs, node.floorWriteMs),
      target: '≤ 2×',
    },
    {
      figure: `import of the export (${node.importedRows} rows)`,
      value: ms(node.importMs),
      target: '≤ 5000 ms',
    },
    { figure: 'floor: ExcelJS read of the same rows', value: ms(node.floorReadMs), target: '—' },
    { figure: 'import / floor', value: ratio(node.importMs, node.floorReadMs), target: '≤ 2×' },
  ]
  const width = Math.max(...rows.map((r) => r.figure.length))
  const valueWidth = Math.max(...rows.map((r) => r.value.length))
  console.log(`CapDo benchmark — scale ${factor} (Node ${process.version})`)
  for (const r of rows) console.log(`${r.figure.padEnd(width)}  ${r.value.padStart(valueWidth)}  ${r.target}`)
  const out = resolve(__dirname, 'results.json')
  writeFileSync(
    out,
    `${JSON.stringify({ asOf: AS_OF, scale: factor, ranAt: new Date().toISOString(), node }, null, 2)}\n`,
  )
  console.log(`Ghi kết quả vào ${out}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
