// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { createRuleSetCopy } from '../../db/repos/rule-set-copy'
import { getActiveRuleSet } from '../../db/repos/settings'
import { freshDatabase } from '../../db/test-support/test-db'
import type { RuleSet } from '../../domain/rule-set'
import { expectFieldError } from '../test-support/field-error'
import { RuleSetEditor } from './RuleSetEditor'

let db: CapdoDatabase
let copy: RuleSet

beforeEach(async () => {
  db = freshDatabase()
  copy = await createRuleSetCopy(db, 'ND85-CT09-2024')
})

afterEach(async () => {
  cleanup()
  await db.delete()
})

function renderEditor(dirtyLog: boolean[] = []) {
  render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <DbProvider db={db}>
          <RuleSetEditor ruleSet={copy} onDirtyChange={(d) => dirtyLog.push(d)} />
        </DbProvider>
      </AntApp>
    </ConfigProvider>,
  )
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } })
}

const WINDOW_HINT = 'Hệ thống có hạn kiểm tra, đánh giá trong số ngày này được tính là "sắp đến hạn".'
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Lưu bộ quy tắc' }))

describe('editing a copied rule set', () => {
  it('shows the copy’s values, dates as dd/mm/yyyy', () => {
    renderEditor()
    expect(screen.getByLabelText('Cấp độ 5')).toHaveProperty('value', '6')
    expect(screen.getByLabelText('Cảnh báo sắp đến hạn kiểm tra trước')).toHaveProperty('value', '30')
    expect(screen.getByLabelText('Hạn phê duyệt hồ sơ đề xuất cấp độ')).toHaveProperty('value', '30/09/2024')
  })

  it('refuses cadences that are not whole months from 1 to 120 and a window outside 1–365 days, saving nothing', async () => {
    renderEditor()
    type('Cấp độ 1', '0')
    type('Cấp độ 3', '2.5')
    type('Cấp độ 5', '121')
    type('Cảnh báo sắp đến hạn kiểm tra trước', '400')
    save()

    // Each message under the field it is about. antd validates each field on its own tick: under load
    // the messages appear one after another, hence the wait inside expectFieldError.
    const body = document.body
    await expectFieldError(body, 'Cấp độ 1', 'Chu kỳ của cấp độ 1 phải là số nguyên từ 1 đến 120 tháng.')
    await expectFieldError(body, 'Cấp độ 3', 'Chu kỳ của cấp độ 3 phải là số nguyên từ 1 đến 120 tháng.')
    await expectFieldError(body, 'Cấp độ 5', 'Chu kỳ của cấp độ 5 phải là số nguyên từ 1 đến 120 tháng.')
    await expectFieldError(
      body,
      'Cảnh báo sắp đến hạn kiểm tra trước',
      'Số ngày cảnh báo phải là số nguyên từ 1 đến 365.',
      WINDOW_HINT,
    )
    expect(screen.queryByText('Chu kỳ của cấp độ 2 phải là số nguyên từ 1 đến 120 tháng.')).toBeNull()
    expect(await getActiveRuleSet(db)).toEqual(copy)
  })

  it('refuses an empty window and an empty name', async () => {
    renderEditor()
    type('Cảnh báo sắp đến hạn kiểm tra trước', '')
    type('Tên bộ quy tắc', '  ')
    save()
    await screen.findByText('Số ngày cảnh báo phải là số nguyên từ 1 đến 365.', {}, { timeout: 15_000 })
    await expectFieldError(
      document.body,
      'Cảnh báo sắp đến hạn kiểm tra trước',
      'Số ngày cảnh báo phải là số nguyên từ 1 đến 365.',
      WINDOW_HINT,
    )
    await screen.findByText('Cần nhập tên bộ quy tắc.', {}, { timeout: 15_000 })
    await expectFieldError(document.body, 'Tên bộ quy tắc', 'Cần nhập tên bộ quy tắc.')
    expect(await getActiveRuleSet(db)).toEqual(copy)
  })

  it('saves valid values into the copy, bumping its version, and reports the form clean again', async () => {
    const dirty: boolean[] = []
    renderEditor(dirty)
    type('Cấp độ 3', '6')
    type('Cảnh báo sắp đến hạn kiểm tra trước', '45')
    expect(dirty.at(-1)).toBe(true)
    save()

    // The save goes through antd's validation and a Dexie transaction: on a busy machine that
    // takes longer than waitFor's default second.
    await waitFor(async () => expect((await getActiveRuleSet(db)).dueSoonDays).toBe(45), { timeout: 15_000 })
    const saved = await getActiveRuleSet(db)
    expect(saved).toEqual({
      ...copy,
      cadenceMonths: { ...copy.cadenceMonths, 3: 6 },
      dueSoonDays: 45,
      version: 2,
    })
    await waitFor(() => expect(dirty.at(-1)).toBe(false), { timeout: 15_000 })
  })
})
