// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { planImport } from '../../domain/inventory/plan-import'
import { inventoryToRegister } from '../../domain/inventory/to-register'
import type { Unit } from '../../domain/types'
import { readInventoryWorkbook } from '../../excel/import/read-workbook'
import { planPreview } from '../../workers/import-preview'
import { ParsedPreview } from './ParsedPreview'
import type { ImportSession } from './useImportSession'

afterEach(cleanup)

const NOW = '2026-12-01T00:00:00.000Z'
const csv = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\r\n'))

const HEADER = 'Tên hệ thống,Đơn vị quản lý,Cấp độ,Khối'
const ROWS = ['Cổng thông tin,Sở Y tế,3,Khối sở ngành', 'Một cửa,Sở Tư pháp,2,Khối sở ngành']

/**
 * The register as an earlier import of the same two systems left it, with both units still in
 * "(Chưa phân khối)"; the file now read says the same thing and adds a Khối column.
 */
async function previewOf(lines: string[], register: { blocks: Record<string, string> }) {
  const read = await readInventoryWorkbook(csv(lines))
  const earlier = await readInventoryWorkbook(csv([HEADER, ...ROWS]))
  const before = inventoryToRegister(earlier.rows, { now: NOW })
  const units: Unit[] = before.units.map((u) => ({ ...u, block: register.blocks[u.name] ?? '' }))
  const plan = planImport(read.rows, { units, systems: before.systems })
  const { rows: _rows, ...summary } = read
  const runImport = vi.fn<ImportSession['runImport']>(async () => undefined)
  const session = {
    busy: null,
    runImport,
    setDateOrder: vi.fn(),
    chooseUnitList: vi.fn(),
  } as unknown as ImportSession
  render(
    <AntApp>
      <ParsedPreview
        session={session}
        result={{ ...summary, validRows: read.rows.length }}
        plan={planPreview(plan)}
        mapping={null}
      />
    </AntApp>,
  )
  return { runImport }
}

describe('the import bar when the file only gives blocks to units of the register', () => {
  it('says it will assign blocks to the two units (not "nothing to change") and imports on click', async () => {
    const { runImport } = await previewOf([HEADER, ...ROWS], { blocks: {} })
    const status = screen.getByTestId('import-status')
    expect(status.textContent).toBe(
      'Sẽ gán khối cho 2 đơn vị đã có trong sổ (không thay đổi hệ thống thông tin nào).',
    )
    const button = screen.getByRole('button', { name: 'Nhập vào sổ theo dõi' })
    expect((button as HTMLButtonElement).disabled).toBe(false)
    fireEvent.click(button)
    expect(runImport).toHaveBeenCalledWith([], 0)
  })

  it('counts only the units that still lack a block', async () => {
    await previewOf([HEADER, ...ROWS], { blocks: { 'Sở Y tế': 'Khối y tế' } })
    expect(screen.getByTestId('import-status').textContent).toBe(
      'Sẽ gán khối cho 1 đơn vị đã có trong sổ (không thay đổi hệ thống thông tin nào).',
    )
  })

  it('still says nothing will change when every unit already has its block', async () => {
    await previewOf([HEADER, ...ROWS], { blocks: { 'Sở Y tế': 'Khối y tế', 'Sở Tư pháp': 'Khối nội chính' } })
    expect(screen.getByTestId('import-status').textContent).toBe(
      'Sổ theo dõi đã khớp với tệp: nhập lại sẽ không thay đổi gì.',
    )
  })

  it('names the blocks beside the systems when both change', async () => {
    await previewOf([HEADER, ...ROWS, 'Thư điện tử,Sở Y tế,2,Khối sở ngành'], { blocks: {} })
    expect(screen.getByTestId('import-status').textContent).toBe(
      'Sẽ thêm mới 1 và cập nhật 0 hệ thống thông tin, gán khối cho 2 đơn vị đã có trong sổ.',
    )
  })
})
