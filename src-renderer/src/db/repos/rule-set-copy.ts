/**
 * "Tạo bản sao để chỉnh sửa": a rule set is never edited in place (domain/rule-set.ts), so the
 * officer copies one into their own set, which becomes the active one at once. The copy is named
 * after the shipped set it comes from (`ND85-CT09-2024-copy-1`, `-copy-2`, …) and remembers it in
 * `basedOn`, even when a copy is copied again.
 */
import { DomainError } from '../../domain/errors'
import { findShippedRuleSet, type RuleSet } from '../../domain/rule-set'
import type { CapdoDatabase } from '../database'
import { allRuleSets, getSettings, saveCustomRuleSet, saveRuleSetId } from './settings'
import { writeWithHistory } from './write'

/** The first free `<base>-copy-<n>` id, and its n. */
export function nextCopyId(baseId: string, taken: ReadonlySet<string>): { id: string; n: number } {
  let n = 1
  while (taken.has(`${baseId}-copy-${n}`)) n += 1
  return { id: `${baseId}-copy-${n}`, n }
}

/**
 * Copies the rule set `sourceId` into a new custom set and makes it active, in one transaction
 * (two history entries: the new set, the change of active set).
 */
export async function createRuleSetCopy(db: CapdoDatabase, sourceId: string, by = ''): Promise<RuleSet> {
  return writeWithHistory(db, [db.settings], { by }, async () => {
    const sets = allRuleSets(await getSettings(db))
    const source = sets.find((r) => r.id === sourceId)
    if (!source)
      throw new DomainError('rule_set_not_found', 'Không tìm thấy bộ quy tắc đã chọn.', { sourceId })
    const baseId = source.basedOn ?? source.id
    const baseName = findShippedRuleSet(baseId)?.name ?? source.name
    const { id, n } = nextCopyId(baseId, new Set(sets.map((r) => r.id)))
    const copy: RuleSet = {
      ...structuredClone(source),
      id,
      name: `${baseName} — bản sao ${n}`,
      basedOn: baseId,
      version: 1,
    }
    await saveCustomRuleSet(db, copy, by)
    await saveRuleSetId(db, id, by)
    return copy
  })
}
