/**
 * The names of many drafts in one archive: one file per system, named after it, with a number
 * added when two systems would share a name, so no draft overwrites another in the zip.
 */
import { draftFileName, type DraftKind } from './draft'

export function uniqueDraftNames(kind: DraftKind, systemNames: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return systemNames.map((name) => {
    const base = draftFileName(kind, name)
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : base.replace(/\.docx$/u, `-${count}.docx`)
  })
}

export function draftZipName(kind: DraftKind, count: number): string {
  return `${kind === 'thuyet-minh' ? 'thuyet-minh' : `mau-${kind}`}-${count}-he-thong.zip`
}
