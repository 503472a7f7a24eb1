// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { describedBy } from '../../components/ui/described-by'
import { ImportBar } from './ImportBar'

afterEach(cleanup)

const base = {
  add: 3,
  update: 2,
  units: 0,
  blocks: 0,
  validRows: 5,
  errorRows: 0,
  onlyValid: false,
  onOnlyValidChange: vi.fn(),
  importing: false,
  disabled: false,
  onImport: vi.fn(),
}

const importButton = () => screen.getByRole('button', { name: 'Nhập vào sổ theo dõi' })

describe('"Nhập vào sổ theo dõi" says why it cannot be used', () => {
  it('while the file has errors and only the valid rows are not chosen', () => {
    render(<ImportBar {...base} errorRows={1_234} />)
    expect(importButton().hasAttribute('disabled')).toBe(true)
    expect(describedBy(importButton())).toBe(
      'Tệp còn lỗi: sửa tệp, hoặc đánh dấu "Chỉ nhập các dòng hợp lệ" để nhập phần còn lại.',
    )
    // The way out the reason names: a checkbox with the count of rows it would skip, not yet ticked.
    expect(
      screen.getByRole('checkbox', { name: 'Chỉ nhập các dòng hợp lệ (bỏ qua 1.234 dòng lỗi)' }),
    ).toHaveProperty('checked', false)
  })

  it('when no row of the file is valid', () => {
    render(<ImportBar {...base} add={0} update={0} validRows={0} errorRows={7} onlyValid />)
    expect(importButton().hasAttribute('disabled')).toBe(true)
    expect(describedBy(importButton())).toBe(
      'Không có dòng hợp lệ nào để nhập: sửa các ô báo lỗi trong Excel rồi bấm “Chọn tệp khác”.',
    )
  })

  it('while the preview is read again', () => {
    render(<ImportBar {...base} disabled />)
    expect(importButton().hasAttribute('disabled')).toBe(true)
    expect(describedBy(importButton())).toBe(
      'CapDo đang đọc lại tệp: chờ bản xem trước cập nhật xong rồi bấm “Nhập vào sổ theo dõi”.',
    )
  })

  it('usable, it has no reason; with errors and "only the valid rows" ticked, it imports them', () => {
    render(<ImportBar {...base} errorRows={2} onlyValid />)
    expect(importButton().hasAttribute('disabled')).toBe(false)
    expect(describedBy(importButton())).toBeNull()
  })
})
