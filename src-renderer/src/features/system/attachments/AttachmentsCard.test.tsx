// @vitest-environment jsdom
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SAMPLE_FILES } from '../../../../../test/fixtures/attachment-samples'
import type { CapdoDatabase } from '../../../db/database'
import { DbProvider, useSystemAttachments } from '../../../db/hooks'
import { createSystem } from '../../../db/repos/systems'
import { createUnit } from '../../../db/repos/units'
import { freshDatabase } from '../../../db/test-support/test-db'
import { AttachmentsCard } from './AttachmentsCard'

// antd renders slowly in jsdom on a busy machine: wait up to 10 s for what a test looks for.
configure({ asyncUtilTimeout: 10_000 })

let db: CapdoDatabase
beforeEach(() => {
  db = freshDatabase()
})
afterEach(async () => {
  await db.delete()
})

function LiveCard({ id }: { id: string }) {
  const attachments = useSystemAttachments(id)
  if (!attachments) return null
  return <AttachmentsCard systemId={id} assessments={[]} attachments={attachments} />
}

async function setUp(): Promise<void> {
  const unit = await createUnit(db, { name: 'Sở Y tế' })
  const system = await createSystem(db, { name: 'Hệ thống bệnh án điện tử', unitId: unit.id, level: 3 })
  render(
    <DbProvider db={db}>
      <AntApp>
        <LiveCard id={system.id} />
      </AntApp>
    </DbProvider>,
  )
  await screen.findByTestId('attachments-table')
}

function drop(name: string, bytes: Uint8Array, type: string): void {
  const input = screen.getByTestId('attachment-drop').querySelector('input[type=file]')
  if (!input) throw new Error('the drop zone has no file input')
  fireEvent.change(input, { target: { files: [new File([bytes as BlobPart], name, { type })] } })
}

const table = () => screen.getByTestId('attachments-table')
/** The table's empty-state row (antd's placeholder), undefined once a file is listed. */
const emptyText = () => table().querySelector('.ant-table-placeholder')?.textContent

describe('the attachments card', () => {
  it('lists a dropped PDF with its kind, size and an open button', async () => {
    await setUp()
    expect(emptyText()).toBe('Chưa có tệp đính kèm.')
    drop('QĐ phê duyệt.pdf', SAMPLE_FILES.pdf, 'application/pdf')
    // Name, kind and size on the same row of the table, and that row alone.
    const row = (await within(table()).findByText('QĐ phê duyệt.pdf')).closest('tr') as HTMLElement
    expect(within(row).getByText('Quyết định phê duyệt').textContent).toBe('Quyết định phê duyệt')
    expect(within(row).getByText(`${SAMPLE_FILES.pdf.byteLength} B`).textContent).toBe(
      `${SAMPLE_FILES.pdf.byteLength} B`,
    )
    expect(emptyText()).toBeUndefined()
    expect(within(table()).getAllByRole('button', { name: 'Mở tệp “QĐ phê duyệt.pdf”' })).toHaveLength(2)
    expect(await db.attachments.count()).toBe(1)
  })

  it('tells why a program renamed .pdf is refused, and lists nothing', async () => {
    await setUp()
    drop('quyet-dinh.pdf', SAMPLE_FILES.exe, 'application/pdf')
    const reason =
      'Chỉ đính kèm được tệp PDF hoặc ảnh (JPEG, PNG, TIFF, WebP); tệp “quyet-dinh.pdf” không phải loại này.'
    // Announced as an error, with the whole reason.
    const notice = (await screen.findByText(reason)).closest('[role="alert"]')
    expect(notice?.className).toContain('ant-message-notice-error')
    expect(notice?.textContent).toBe(reason)
    await waitFor(async () => expect(await db.attachments.count()).toBe(0))
    expect(emptyText()).toBe('Chưa có tệp đính kèm.')
  })
})
