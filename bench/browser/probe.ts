/**
 * What the benchmark installs in the page before the app starts (plain JavaScript: it runs in
 * Chromium, not in Node). Every time is taken in the page on one clock, performance.now(), whose
 * zero is the navigation's start; "on screen" is the first frame after the DOM changed
 * (requestAnimationFrame, then a task, which runs once that frame is painted).
 */
export const PROBE_SCRIPT = String.raw`
(() => {
  let lastKeyAt = 0
  const longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, end: e.startTime + e.duration })
  }).observe({ type: 'longtask', buffered: true })
  addEventListener('keydown', (e) => { lastKeyAt = e.timeStamp }, true)
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
  const until = (check, timeoutMs, what) => new Promise((done, fail) => {
    const started = performance.now()
    const tick = () => {
      let value
      try { value = check() } catch { value = undefined }
      if (value) done(value)
      else if (performance.now() - started > timeoutMs) fail(new Error('bench: timed out waiting for ' + what))
      else requestAnimationFrame(tick)
    }
    tick()
  })
  const search = () => document.querySelector('input[aria-label="Tìm kiếm hệ thống"]')
  // The dashboard's eight counter tiles, each a link marked with its counter, read as they show.
  const tiles = () => [...document.querySelectorAll('a[data-counter]')].map((a) => a.textContent).join('|')
  const rowsOf = (query) => new Promise((done) => {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'capdo:register-rows' && entry.detail && entry.detail.query === query) {
          observer.disconnect()
          done(entry.detail.rows)
          return
        }
      }
    })
    observer.observe({ type: 'mark' })
  })
  let pending = null
  globalThis.__benchProbe = {
    hookReady: (timeoutMs) => until(() => globalThis.__capdoBench, timeoutMs, 'the bench hook').then(() => true),
    /** First frame with rows on screen, the whole register counted, and the search box present. */
    async registerShown(totalText, timeoutMs) {
      await until(() => {
        const count = document.querySelector('[data-testid="register-count"]')
        return count && count.textContent.includes(totalText) && document.querySelector('.ant-table-tbody .ant-table-row') && search()
      }, timeoutMs, 'the register')
      await painted()
      return performance.now()
    },
    focusSearch() { search().focus(); return document.activeElement === search() },
    async echoed(text, timeoutMs) {
      await until(() => search().value === text, timeoutMs, 'the search box to show ' + JSON.stringify(text))
      await painted()
      return performance.now()
    },
    /** Arms the wait for the rows of the query the next keystroke produces. */
    expectRows(query) {
      pending = rowsOf(query).then(async (rows) => {
        const markAt = performance.now()
        await painted()
        return { ms: performance.now() - lastKeyAt, toMarkMs: markAt - lastKeyAt, rows }
      })
      return true
    },
    rowsShown(timeoutMs) {
      const waiting = pending
      pending = null
      return Promise.race([waiting, new Promise((_, fail) => setTimeout(() => fail(new Error('bench: the table never showed the query')), timeoutMs))])
    },
    /**
     * Waits until the main thread has had no long task (> 50 ms) for quietMs; returns the longest
     * task that started after \`since\` (work the app does by itself once open, such as a backup).
     */
    async quiet(since, quietMs, timeoutMs) {
      await until(() => {
        const last = longTasks.length ? longTasks[longTasks.length - 1].end : 0
        return performance.now() - last >= quietMs
      }, timeoutMs, 'a quiet main thread')
      return longTasks.filter((t) => t.start >= since).reduce((m, t) => Math.max(m, t.end - t.start), 0)
    },
    tilesShown: (timeoutMs) => until(() => document.querySelectorAll('a[data-counter]').length >= 8 && tiles(), timeoutMs, 'the dashboard tiles').then(() => tiles()),
    /** One edit through the repo, until the dashboard's tiles show its effect. */
    async editUntilTiles(id, patch, timeoutMs) {
      const before = tiles()
      const started = performance.now()
      await globalThis.__capdoBench.editSystem(id, patch)
      const written = performance.now()
      await until(() => tiles() !== before, timeoutMs, 'the tiles to change')
      await painted()
      return { ms: performance.now() - started, writeMs: written - started }
    },
  }
})()
`

/** The probe as Node sees it (page.evaluate callbacks reach it through globalThis). */
export interface BenchProbe {
  hookReady(timeoutMs: number): Promise<true>
  registerShown(totalText: string, timeoutMs: number): Promise<number>
  focusSearch(): boolean
  echoed(text: string, timeoutMs: number): Promise<number>
  expectRows(query: string): true
  rowsShown(timeoutMs: number): Promise<{ ms: number; toMarkMs: number; rows: number }>
  quiet(since: number, quietMs: number, timeoutMs: number): Promise<number>
  tilesShown(timeoutMs: number): Promise<string>
  editUntilTiles(
    id: string,
    patch: Record<string, unknown>,
    timeoutMs: number,
  ): Promise<{ ms: number; writeMs: number }>
}

export interface PageGlobals {
  __benchProbe: BenchProbe
  __capdoBench: {
    load(
      url: string,
      seed: number,
    ): Promise<{ units: number; systems: number; assessments: number; ms: number; fetchMs: number }>
  }
}
