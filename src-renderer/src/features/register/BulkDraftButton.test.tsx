// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { saveRuleSetId } from '../../db/repos/settings'
import { freshDatabase } from '../../db/test-support/test-db'
import { ND331_2026 } from '../../domain/rule-set'
import { BulkDraftButton } from './BulkDraftButton'

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  cleanup()
  await db.delete()
})

async function menuLabels(): Promise<string[]> {
  render(
    <AntApp>
      <DbProvider db={db}>
        <BulkDraftButton selected={[]} units={[]} />
      </DbProvider>
    </AntApp>,
  )
  const button = await screen.findByTestId('bulk-draft')
  // The button is disabled until the settings have loaded.
  await expect.poll(() => button.hasAttribute('disabled')).toBe(false)
  fireEvent.click(button)
  const items = await screen.findAllByRole('menuitem')
  return items.map((i) => i.textContent ?? '')
}

describe('"Soạn văn bản hàng loạt" menu', () => {
  it('names the documents as the active rule set drafts them: Decree 85 has no form numbers and says "an toàn thông tin"', async () => {
    const labels = await menuLabels()
    expect(labels).toContain(
      'Quyết định về việc phê duyệt phương án bảo đảm an toàn thông tin hệ thống thông tin',
    )
    expect(labels.filter((l) => /^Mẫu \d/u.test(l) || l.includes('an ninh mạng'))).toEqual([])
  })

  it('under Decree 331 it lists Mẫu 01–07 by number', async () => {
    await saveRuleSetId(db, ND331_2026.id)
    const labels = await menuLabels()
    expect(labels).toContain(
      'Mẫu 07 — Quyết định về việc phê duyệt phương án bảo đảm an ninh mạng hệ thống thông tin',
    )
  })
})
