// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import { App as AntApp } from 'antd'
import Dexie from 'dexie'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoApi } from '../../../../src-main/preload/api'
import { buildDbV1Dump } from '../../../../test/fixtures/db-v1/generate'
import { createBrowserApi } from '../../bridge/browser-api'
import { createBrowserBackups } from '../../bridge/browser-backups'
import { parseBackup } from '../../db/backup/parse-backup'
import { createDatabase } from '../../db/database'
import { SCHEMA_VERSIONS } from '../../db/schema'
import { useAutoBackupMemory } from '../../stores/backup-preferences'
import { expectNotice } from '../test-support/notice'
import { UpgradeBackupGate } from './UpgradeBackupGate'

let api: CapdoApi
let name: string
let diskFull = false

beforeAll(() => {
  const names = Object.keys(createBrowserApi('1.4.0', document)) as (keyof CapdoApi)[]
  window.capdo = Object.fromEntries(
    names.map((n) => [
      n,
      async (arg?: unknown) => {
        if (diskFull && n === 'writeAutoBackup')
          throw new Error('Không ghi được bản sao lưu tự động: ổ đĩa đã đầy.')
        return (api[n] as (a?: unknown) => Promise<unknown>)(arg)
      },
    ]),
  ) as unknown as CapdoApi
})

afterAll(() => {
  delete window.capdo
})

beforeEach(async () => {
  diskFull = false
  name = `gate-${crypto.randomUUID()}`
  api = createBrowserApi('1.4.0', document, createBrowserBackups(`gate-backups-${crypto.randomUUID()}`))
  useAutoBackupMemory.setState({ keep: 14 })
  // The register as the first release left it: schema v1, seeded with its fixture.
  const v1 = new Dexie(name)
  v1.version(1).stores(SCHEMA_VERSIONS[0].stores)
  await v1.open()
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(buildDbV1Dump()))
      await v1.table(table).bulkAdd(rows as object[])
  })
  v1.close()
})

afterEach(async () => {
  await Dexie.delete(name)
})

function renderGate() {
  render(
    <AntApp>
      <UpgradeBackupGate databaseName={name}>
        <p>Sổ theo dõi đã mở</p>
      </UpgradeBackupGate>
    </AntApp>,
  )
}

describe('opening a register written by an older version', () => {
  it('stores a "before-upgrade" backup of the old data before the register opens', async () => {
    renderGate()
    await screen.findByText('Sổ theo dõi đã mở', undefined, { timeout: 10_000 })
    const entries = await api.listAutoBackups()
    expect(entries.map((e) => e.reason)).toEqual(['before-upgrade'])
    expect(entries[0].name).toMatch(/_truoc-nang-cap\.capdo$/u)
    const doc = await parseBackup(await api.readAutoBackup({ name: entries[0].name }))
    expect(doc.schemaVersion).toBe(1)
    expect(doc.tables.systems).toHaveLength(buildDbV1Dump().systems.length)

    // Opened afterwards by the app, the register is upgraded with nothing lost.
    const db = createDatabase(name)
    expect(await db.systems.count()).toBe(buildDbV1Dump().systems.length)
    db.close()
  })

  it('still opens the register when the backup cannot be stored, and says so until closed', async () => {
    diskFull = true
    const warn = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    renderGate()
    await screen.findByText('Sổ theo dõi đã mở', undefined, { timeout: 10_000 })
    const told = await screen.findByText(
      /Không tạo được bản sao lưu tự động trước khi nâng cấp dữ liệu lên phiên bản mới/u,
    )
    expectNotice(told, 'warning', 'Sao lưu tự động không thành công')
    // The disk's reason is in the same notice, not somewhere else on the screen.
    expect(told.textContent).toMatch(/ổ đĩa đã đầy/u)
    expect(await api.listAutoBackups()).toEqual([])
    warn.mockRestore()
  })
})
