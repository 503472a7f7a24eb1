/**
 * Test support for backups: a small but complete store (demo units, systems and assessments, a
 * rule-set copy, report settings, history) and a snapshot of every table to compare stores by.
 */
import type { CapdoDatabase } from '../database'
import { loadDemoData } from '../demo/load-demo'
import { createRuleSetCopy } from '../repos/rule-set-copy'
import { getSettings, saveReportSettings } from '../repos/settings'
import { createUnit } from '../repos/units'
import { readAllTables } from '../backup/create-backup'
import type { BackupTables } from '../backup/format'

export async function seedStore(db: CapdoDatabase): Promise<void> {
  await loadDemoData(db, { asOf: '2026-11-22', systemsCount: 24, unitsCount: 6, by: 'Kiểm thử' })
  await createUnit(db, { name: 'Trung tâm Giám sát an toàn thông tin mạng', block: 'Khối sở' }, 'Kiểm thử')
  await createRuleSetCopy(db, 'ND85-CT09-2024', 'Kiểm thử')
  const { reportSettings } = await getSettings(db)
  await saveReportSettings(db, { ...reportSettings, signerName: 'Nguyễn Văn An' }, 'Kiểm thử')
}

/** Every table, each sorted by key, so two stores with the same rows compare equal. */
export async function snapshotStore(db: CapdoDatabase): Promise<BackupTables> {
  const t = await readAllTables(db)
  const byId = <T extends { id?: string | number }>(rows: T[]) =>
    [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)))
  return {
    units: byId(t.units),
    systems: byId(t.systems),
    assessments: byId(t.assessments),
    history: [...t.history].sort((a, b) => (a.id ?? 0) - (b.id ?? 0)),
    settings: [...t.settings].sort((a, b) => a.key.localeCompare(b.key)),
    exchange: [...t.exchange].sort((a, b) => a.key.localeCompare(b.key)),
    attachments: byId(t.attachments),
    rounds: byId(t.rounds),
  }
}
