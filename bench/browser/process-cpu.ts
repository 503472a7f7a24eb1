/**
 * CPU time used by Chromium's processes (browser, renderer, storage), read from /proc. On a shared
 * 2-core machine the wall-clock figures stretch with everyone else's load; the CPU seconds a phase
 * costs stretch far less, so they are printed beside them. Linux only: elsewhere, NaN.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const TICKS_PER_SECOND = 100

interface ProcStat {
  pid: number
  ppid: number
  ticks: number
}

function readStat(pid: string): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    // Fields 4 (ppid) and 14–17 (utime, stime, cutime, cstime) of proc(5), counted from `state`.
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0)
    return { pid: Number(pid), ppid: Number(fields[1]), ticks }
  } catch {
    return null
  }
}

/** Seconds of CPU used so far by every descendant of `root` (this Node process by default). */
export function descendantsCpuSeconds(root = process.pid): number {
  if (!existsSync('/proc/self/stat')) return Number.NaN
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(readStat)
    .filter((s): s is ProcStat => s !== null)
  const children = new Map<number, ProcStat[]>()
  for (const s of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s])
  let ticks = 0
  const stack = [...(children.get(root) ?? [])]
  while (stack.length > 0) {
    const s = stack.pop() as ProcStat
    ticks += s.ticks
    stack.push(...(children.get(s.pid) ?? []))
  }
  return ticks / TICKS_PER_SECOND
}

/** Runs fn and returns its value with the CPU seconds Chromium spent meanwhile. */
export async function withChromiumCpu<T>(fn: () => Promise<T>): Promise<{ value: T; cpuMs: number }> {
  const before = descendantsCpuSeconds()
  const value = await fn()
  return { value, cpuMs: (descendantsCpuSeconds() - before) * 1000 }
}
