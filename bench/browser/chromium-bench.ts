/**
 * The Chromium half of `npm run bench`: the built renderer in Debian's Chromium (playwright-core,
 * a fresh profile on disk, so IndexedDB writes reach the disk as in the desktop app), fed the very
 * dataset the Node half measured. Figures:
 * - load: the dataset written to Dexie in one transaction (the demo loader's write path);
 * - register: navigation → rows on screen, all systems counted, and a keystroke echoed by the
 *   search box (median of 3 cold navigations);
 * - search: keystroke → the table showing that query, 50 keystrokes typed one at a time (the
 *   search box's 150 ms pause before filtering is part of it, as the officer feels it);
 * - dashboard: one system edited through the repo → the tiles showing the new counts (median of 3);
 * - memory: the JavaScript heap after a forced GC, with the register open.
 * CAPDO_BENCH_PROFILE=<folder> also writes a CPU profile of each phase (open in Chrome DevTools).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core'
import type { DemoDataset } from '../../src-renderer/src/demo/generate'
import { benchRenderer } from './build'
import { FLOOR_PAGE_FILE, FLOOR_PAGE_HTML, type FloorGlobals } from './floor-page'
import { PROBE_SCRIPT, type PageGlobals } from './probe'
import { chromiumExecutable } from '../../scripts/chromium'
import { withChromiumCpu } from './process-cpu'
import { servePreview } from './server'
import { medianOf, percentile } from './stats'

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export interface BrowserFigures {
  chromium: string
  buildMs: number
  /** Dataset JSON handed to the page (not timed as part of the load). */
  fetchMs: number
  loadMs: number
  /** CPU used by all of Chromium's processes meanwhile (IndexedDB works in the browser process). */
  loadCpuMs: number
  /** Navigation → rows on screen (median). */
  registerShownMs: number
  /** Navigation → a keystroke in the search box echoed (median): the register is interactive. */
  registerInteractiveMs: number
  registerInteractiveRuns: number[]
  /** CPU used by Chromium for a whole open (navigation → interactive, incl. the probe's keystroke), median. */
  registerOpenCpuMs: number
  searchP50Ms: number
  searchP95Ms: number
  searchMaxMs: number
  /** Keystroke → the app's mark that the rows were committed (before paint), p50. */
  searchToCommitP50Ms: number
  searchKeystrokes: number
  /** Longest main-thread task after the register became interactive, until 2 s of quiet. */
  afterOpenLongestMs: number
  dashboardEditMs: number
  dashboardEditRuns: number[]
  dashboardEditCpuMs: number
  heapUsedMb: number
  heapTotalMb: number
  /** Floor of loadMs: the same records written with plain IDBObjectStore.put in one transaction. */
  loadFloorMs: number
  /** Floor of the open's read: navigation → units, systems, assessments, settings read with getAll (median of 3). */
  openFloorMs: number
  /** Floor of the open's paint: a static table of the register's first-screen cells, built and painted (median of 3). */
  renderFloorMs: number
  /** Rows of the register's first screen, which the render floor paints. */
  firstScreenRows: number
  /** loadMs / loadFloorMs. */
  loadRatio: number
  /** registerInteractiveMs / (openFloorMs + renderFloorMs). */
  registerInteractiveRatio: number
}

/** The header and cell texts of the register's rendered rows (the first screen, as the virtual table draws it). */
const FIRST_SCREEN_CELLS = `(() => {
  const text = (el) => (el.textContent || '').trim()
  const header = [...document.querySelectorAll('.ant-table-thead th')].map(text)
  const rows = [...document.querySelectorAll('.ant-table-tbody .ant-table-row')].map((row) =>
    [...row.querySelectorAll('.ant-table-cell')].map(text))
  return { header, rows }
})()`

/** The app's IndexedDB database (db/database.ts, DEFAULT_DATABASE_NAME). */
const APP_DATABASE = 'capdo'
const SEARCH_LABEL = 'Tìm kiếm hệ thống'
const DATASET_FILE = '__bench-dataset.json'

/** 50 keystrokes: two queries typed, then partly or wholly erased, as an officer hunts a system. */
export function searchKeystrokes(): { key: string; query: string }[] {
  const script: string[] = [
    ...'cong thong tin',
    ...Array<string>(14).fill('Backspace'),
    ...'quan ly van ban',
    ...Array<string>(7).fill('Backspace'),
  ]
  let text = ''
  return script.map((key) => {
    text = key === 'Backspace' ? text.slice(0, -1) : text + key
    return { key: key === ' ' ? 'Space' : key, query: text }
  })
}

/** Systems whose edit changes a dashboard counter: a drafting system's level cleared ("chưa xác định cấp độ"). */
function editTargets(data: DemoDataset, n: number): string[] {
  const ids = data.systems.filter((s) => s.dossierState === 'drafting' && s.level !== null).map((s) => s.id)
  if (ids.length < n) throw new Error('bench: the dataset has too few drafting systems with a level to edit')
  return ids.slice(0, n)
}

// page.evaluate ships each callback's source to the page: the callbacks name the probe through
// the page's globalThis, never through a Node-side helper.

async function profiled<T>(
  cdp: CDPSession,
  dir: string | undefined,
  name: string,
  fn: () => Promise<T>,
): Promise<T> {
  if (!dir) return fn()
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  try {
    return await fn()
  } finally {
    const { profile } = await cdp.send('Profiler.stop')
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile))
  }
}

async function openRegister(page: Page, url: string, totalText: string, timeoutMs: number) {
  await page.goto('about:blank')
  await page.goto(`${url}#/register`)
  const shown = await page.evaluate(
    ([text, t]) => (globalThis as unknown as PageGlobals).__benchProbe.registerShown(text, t),
    [totalText, timeoutMs] as const,
  )
  await page.evaluate(() => (globalThis as unknown as PageGlobals).__benchProbe.focusSearch())
  await page.keyboard.press('x')
  const interactive = await page.evaluate(
    (t) => (globalThis as unknown as PageGlobals).__benchProbe.echoed('x', t),
    timeoutMs,
  )
  await page.keyboard.press('Backspace')
  await page.evaluate((t) => (globalThis as unknown as PageGlobals).__benchProbe.echoed('', t), timeoutMs)
  return { shown, interactive }
}

export async function runBrowserBench(
  data: DemoDataset,
  options: { seed: number; executablePath?: string },
): Promise<BrowserFigures> {
  const profileDir = process.env.CAPDO_BENCH_PROFILE
  if (profileDir) mkdirSync(profileDir, { recursive: true })
  const built = benchRenderer()
  // Served as a static file beside the app: at scale 5 (about 200 MB of JSON) a body handed
  // through the DevTools protocol (page.route) is more than Chromium accepts in one message.
  const datasetFile = join(built.dir, DATASET_FILE)
  writeFileSync(datasetFile, JSON.stringify(data))
  const floorFile = join(built.dir, FLOOR_PAGE_FILE)
  writeFileSync(floorFile, FLOOR_PAGE_HTML)
  const server = await servePreview(built.dir)
  const userData = mkdtempSync(join(tmpdir(), 'capdo-bench-profile-'))
  let context: BrowserContext | undefined
  // Generous, but finite: at scale 5 a cold open reads 350,000 records.
  const timeoutMs = Math.max(60_000, data.systems.length * 3)
  try {
    context = await chromium.launchPersistentContext(userData, {
      executablePath: options.executablePath ?? chromiumExecutable(),
      args: CHROMIUM_FLAGS,
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    })
    await context.addInitScript(PROBE_SCRIPT)
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(timeoutMs)
    const cdp = await context.newCDPSession(page)
    const version = context.browser()?.version() ?? ''

    // (a) Bulk load, on the dashboard (what "Nạp dữ liệu mẫu" does), then let it settle.
    await page.goto(`${server.url}#/`)
    await page.evaluate((t) => (globalThis as unknown as PageGlobals).__benchProbe.hookReady(t), timeoutMs)
    const { value: load, cpuMs: loadCpuMs } = await withChromiumCpu(() =>
      profiled(cdp, profileDir, 'load', () =>
        page.evaluate(([url, seed]) => (globalThis as unknown as PageGlobals).__capdoBench.load(url, seed), [
          `${server.url}${DATASET_FILE}`,
          options.seed,
        ] as const),
      ),
    )
    if (load.systems !== data.systems.length) throw new Error('bench: the page stored a different dataset')
    await page.evaluate((t) => (globalThis as unknown as PageGlobals).__benchProbe.tilesShown(t), timeoutMs)

    // Floor of (a): the same records with plain put, in a throwaway database deleted afterwards.
    await page.goto(`${server.url}${FLOOR_PAGE_FILE}`)
    const loadFloor = await page.evaluate(
      (url) => (globalThis as unknown as FloorGlobals).__benchFloor.load(url),
      `${server.url}${DATASET_FILE}`,
    )
    if (loadFloor.records !== load.units + load.systems + load.assessments)
      throw new Error('bench: the floor stored a different dataset')

    // (b) Cold navigations to the register.
    const totalText = `/ ${data.systems.length.toLocaleString('vi-VN')} hệ thống`
    const opens = []
    const openCpu: number[] = []
    for (let i = 0; i < 3; i++) {
      const { value, cpuMs } = await withChromiumCpu(() =>
        profiled(cdp, i === 0 ? profileDir : undefined, 'open-register', () =>
          openRegister(page, server.url, totalText, timeoutMs),
        ),
      )
      opens.push(value)
      openCpu.push(cpuMs)
    }

    // What the app does by itself once open (the start-of-day backup encodes the whole register on
    // this thread): reported, then waited out, so the keystrokes below measure the search alone.
    const lastOpen = opens[opens.length - 1]
    const firstScreen = (await page.evaluate(FIRST_SCREEN_CELLS)) as { header: string[]; rows: string[][] }
    if (firstScreen.rows.length === 0) throw new Error('bench: the register showed no rows to copy')
    const afterOpenLongestMs = await page.evaluate(
      ([since, t]) => (globalThis as unknown as PageGlobals).__benchProbe.quiet(since, 2000, t),
      [lastOpen.interactive, timeoutMs] as const,
    )

    // (e) Memory with the register open and everything read.
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN

    // (c) Search as you type, one keystroke at a time.
    await page.getByRole('textbox', { name: SEARCH_LABEL }).focus()
    const latencies: number[] = []
    const toCommit: number[] = []
    await profiled(cdp, profileDir, 'search', async () => {
      for (const { key, query } of searchKeystrokes()) {
        await page.evaluate((q) => (globalThis as unknown as PageGlobals).__benchProbe.expectRows(q), query)
        await page.keyboard.press(key)
        const shown = await page.evaluate(
          (t) => (globalThis as unknown as PageGlobals).__benchProbe.rowsShown(t),
          timeoutMs,
        )
        latencies.push(shown.ms)
        toCommit.push(shown.toMarkMs)
        await page.waitForTimeout(20)
      }
    })
    await page.keyboard.press('Escape')

    // (d) Dashboard after an edit: in-app navigation, the shared read stays mounted.
    await page.evaluate("location.hash = '#/'")
    await page.evaluate((t) => (globalThis as unknown as PageGlobals).__benchProbe.tilesShown(t), timeoutMs)
    await page.waitForTimeout(500)
    const edits: number[] = []
    const editCpu: number[] = []
    let editIndex = 0
    for (const id of editTargets(data, 3)) {
      const { value: run, cpuMs } = await withChromiumCpu(() =>
        profiled(cdp, editIndex++ === 0 ? profileDir : undefined, 'dashboard-edit', () =>
          page.evaluate(
            ([systemId, t]) =>
              (globalThis as unknown as PageGlobals).__benchProbe.editUntilTiles(
                systemId,
                { level: null },
                t,
              ),
            [id, timeoutMs] as const,
          ),
        ),
      )
      edits.push(run.ms)
      editCpu.push(cpuMs)
      await page.waitForTimeout(300)
    }

    // Floors of (b): cold navigations to a page that reads the register's stores with getAll,
    // then paints the register's first screen as a static table.
    const openFloors: number[] = []
    const renderFloors: number[] = []
    for (let i = 0; i < 3; i++) {
      await page.goto('about:blank')
      await page.goto(`${server.url}${FLOOR_PAGE_FILE}`)
      const read = await page.evaluate(
        (name) => (globalThis as unknown as FloorGlobals).__benchFloor.open(name),
        APP_DATABASE,
      )
      if (read.records < data.systems.length)
        throw new Error('bench: the floor read fewer records than stored')
      openFloors.push(read.at)
      renderFloors.push(
        await page.evaluate(
          ([header, rows]) => (globalThis as unknown as FloorGlobals).__benchFloor.render(header, rows),
          [firstScreen.header, firstScreen.rows] as const,
        ),
      )
    }

    const interactiveRuns = opens.map((o) => o.interactive)
    const registerInteractiveMs = medianOf(interactiveRuns)
    const openFloorMs = medianOf(openFloors)
    const renderFloorMs = medianOf(renderFloors)
    return {
      chromium: version,
      buildMs: built.buildMs,
      fetchMs: load.fetchMs,
      loadMs: load.ms,
      loadCpuMs,
      registerShownMs: medianOf(opens.map((o) => o.shown)),
      registerInteractiveMs,
      registerInteractiveRuns: interactiveRuns,
      registerOpenCpuMs: medianOf(openCpu),
      searchP50Ms: percentile(latencies, 50),
      searchP95Ms: percentile(latencies, 95),
      searchMaxMs: percentile(latencies, 100),
      searchToCommitP50Ms: percentile(toCommit, 50),
      searchKeystrokes: latencies.length,
      afterOpenLongestMs,
      dashboardEditMs: medianOf(edits),
      dashboardEditRuns: edits,
      dashboardEditCpuMs: medianOf(editCpu),
      heapUsedMb: metric('JSHeapUsedSize') / 1024 / 1024,
      heapTotalMb: metric('JSHeapTotalSize') / 1024 / 1024,
      loadFloorMs: loadFloor.ms,
      openFloorMs,
      renderFloorMs,
      firstScreenRows: firstScreen.rows.length,
      loadRatio: load.ms / loadFloor.ms,
      registerInteractiveRatio: registerInteractiveMs / (openFloorMs + renderFloorMs),
    }
  } catch (error) {
    // What the page showed when a wait gave up, for the report of a failed run.
    const shot = join(tmpdir(), 'capdo-bench-failure.png')
    const shown = await context
      ?.pages()[0]
      ?.screenshot({ path: shot })
      .catch(() => undefined)
    if (shown) console.error(`Ảnh màn hình lúc lỗi: ${shot}`)
    throw error
  } finally {
    // A crashed browser must not hide the error that crashed it.
    await context?.close().catch(() => undefined)
    await server.close()
    rmSync(datasetFile, { force: true })
    rmSync(floorFile, { force: true })
    rmSync(userData, { recursive: true, force: true })
    if (built.own) rmSync(built.root, { recursive: true, force: true })
  }
}
