// @vitest-environment jsdom
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import JSZip from 'jszip'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoApi, SaveFileRequest, SaveFileResult } from '../../../../../src-main/preload/api'
import { createBrowserApi } from '../../../bridge/browser-api'
import type { CapdoDatabase } from '../../../db/database'
import { DbProvider, useSystem } from '../../../db/hooks'
import { listHistoryForSystem } from '../../../db/repos/history'
import { createSystem, getSystem } from '../../../db/repos/systems'
import { createUnit } from '../../../db/repos/units'
import { freshDatabase } from '../../../db/test-support/test-db'
import { ND331_2026, ND85_CT09_2024, type RuleSet } from '../../../domain/rule-set'
import type { SystemRecord } from '../../../domain/types'
import { LevelCard } from './LevelCard'

/** The text of each paragraph of a .docx, read from its zip as Word would: a valid package first. */
async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes)
  expect(Object.keys(zip.files)).toEqual(
    expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']),
  )
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/gu) ?? []
  const unescape = (t: string) =>
    t
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"')
      .replace(/&amp;/gu, '&')
  return paragraphs
    .map((p) => unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('')))
    .filter(Boolean)
}

// antd's drawer renders slowly in jsdom on a busy machine: wait up to 10 s for what a test looks for.
configure({ asyncUtilTimeout: 10_000 })

const saveFile = vi.fn<(request: SaveFileRequest) => Promise<SaveFileResult>>()
const api: CapdoApi = { ...createBrowserApi('test'), saveFile: (request) => saveFile(request) }

let db: CapdoDatabase

beforeAll(() => {
  window.capdo = api
})
afterAll(() => {
  delete window.capdo
})
beforeEach(() => {
  db = freshDatabase()
  saveFile.mockReset()
})
afterEach(async () => {
  await db.delete()
})

/** The card as the system page shows it: it follows the stored record. */
function LiveCard({ id, ruleSet }: { id: string; ruleSet: RuleSet }) {
  const system = useSystem(id)
  if (!system) return null
  return (
    <LevelCard
      system={system}
      unitName="Sở Tư pháp"
      ruleSet={ruleSet}
      ruleSets={[ND85_CT09_2024, ND331_2026]}
      formDirty={false}
    />
  )
}

async function setUp(fields: Partial<SystemRecord>, ruleSet: RuleSet = ND331_2026): Promise<SystemRecord> {
  const unit = await createUnit(db, { name: 'Sở Tư pháp' })
  const system = await createSystem(db, {
    name: 'Cổng dịch vụ công Sở Tư pháp',
    unitId: unit.id,
    systemType: 'public_service',
    informationTypes: ['public', 'personal'],
    ...fields,
  })
  render(
    <DbProvider db={db}>
      <AntApp>
        <LiveCard id={system.id} ruleSet={ruleSet} />
      </AntApp>
    </DbProvider>,
  )
  return system
}

async function openWizard(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: /Xác định cấp độ|Xem lại câu trả lời/ }))
  return screen.findByTestId('level-wizard')
}

describe('the level wizard', () => {
  it('starts from the record, and an administrative procedure raises the level to 3 with its clause quoted', async () => {
    await setUp({ level: 2 })
    const wizard = await openWizard()
    expect(within(wizard).getByTestId('wizard-regime').textContent).toContain('Nghị định 331/2026/NĐ-CP')
    // A public service with no conditional business: Điều 12 khoản 2 điểm a.
    await waitFor(() => expect(within(wizard).getByTestId('wizard-level').textContent).toBe('Cấp độ 2'))
    expect(within(wizard).getByTestId('wizard-reasons').textContent).toContain('Điều 12 khoản 2 điểm a')

    fireEvent.click(within(wizard).getByRole('checkbox', { name: /Giải quyết thủ tục hành chính/ }))
    await waitFor(() => expect(within(wizard).getByTestId('wizard-level').textContent).toBe('Cấp độ 3'))
    const reasons = within(wizard).getByTestId('wizard-reasons').textContent ?? ''
    expect(reasons).toContain('Nghị định 331/2026/NĐ-CP, Điều 13 khoản 2 điểm b')
    expect(reasons).toContain('“Hệ thống thông tin giải quyết thủ tục hành chính;”')
    expect(await within(wizard).findByText(/còn đáp ứng tiêu chí của cấp độ 2/)).toBeTruthy()
  })

  it('"Áp dụng" writes the level and the justification in one history entry', async () => {
    const system = await setUp({ level: 2 })
    const wizard = await openWizard()
    fireEvent.click(within(wizard).getByRole('checkbox', { name: /Giải quyết thủ tục hành chính/ }))
    await waitFor(() => expect(within(wizard).getByTestId('wizard-level').textContent).toBe('Cấp độ 3'))
    fireEvent.click(within(wizard).getByRole('button', { name: 'Áp dụng' }))

    await waitFor(async () => expect((await getSystem(db, system.id))?.level).toBe(3))
    const stored = await getSystem(db, system.id)
    expect(stored?.levelJustification).toMatchObject({
      regime: 'ND331',
      ruleSetId: 'ND331-2026',
      suggestedLevel: 3,
      criterionIds: ['ND331-13.2.b'],
      answers: { systemType: 'public_service', administrativeProcedures: true },
    })
    expect(stored?.levelJustification?.text).toContain('Đề xuất cấp độ 3.')
    const [latest] = await listHistoryForSystem(db, system.id)
    expect(latest.changes.map((c) => c.field)).toEqual(['level', 'levelJustification'])
    expect(latest.changes[0]).toMatchObject({ from: 2, to: 3 })
    expect((await screen.findByTestId('level-card-summary')).textContent).toContain('Đã xác định cấp độ 3')
  })

  it('"Xuất thuyết minh" saves the Word thuyết minh of the answers on screen, before they are applied', async () => {
    saveFile.mockImplementation(async (r) => ({ status: 'saved', fileName: r.suggestedName }))
    const system = await setUp({ level: 2 })
    const wizard = await openWizard()
    fireEvent.click(within(wizard).getByRole('checkbox', { name: /Giải quyết thủ tục hành chính/ }))
    await waitFor(() => expect(within(wizard).getByTestId('wizard-level').textContent).toBe('Cấp độ 3'))
    fireEvent.click(within(wizard).getByRole('button', { name: /Xuất thuyết minh/ }))

    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    const request = saveFile.mock.calls[0][0]
    expect(request.suggestedName).toBe('thuyet-minh-cong-dich-vu-cong-so-tu-phap.docx')
    expect(request.filters).toEqual([{ name: 'Tài liệu Word', extensions: ['docx'] }])
    const paragraphs = await docxParagraphs(request.data)
    expect(paragraphs).toContain('THUYẾT MINH')
    expect(paragraphs).toContain('II. THUYẾT MINH VỀ VIỆC ĐỀ XUẤT CẤP ĐỘ')
    expect(paragraphs).toContain('- Tên hệ thống thông tin: Cổng dịch vụ công Sở Tư pháp')
    expect(paragraphs).toContain('- Tên đơn vị vận hành: Sở Tư pháp')
    // The level the answers call for, the clause that decides it, and the answers themselves.
    expect(paragraphs).toContain('- Cấp độ đề xuất: Cấp độ 3')
    expect(paragraphs.some((p) => p.startsWith('+ Nghị định 331/2026/NĐ-CP, Điều 13 khoản 2 điểm b: “'))).toBe(true)
    expect(paragraphs.some((p) => p.startsWith('- Giải quyết thủ tục hành chính: Có'))).toBe(true)
    // Exporting is not applying: the register still holds level 2 and no justification.
    expect(await getSystem(db, system.id)).toMatchObject({ level: 2, levelJustification: null })
  })

  it("asks Decree 331's own question only under that regime", async () => {
    await setUp({ level: 2 }, ND85_CT09_2024)
    const wizard = await openWizard()
    expect(within(wizard).getByTestId('wizard-regime').textContent).toContain('Nghị định 85/2016/NĐ-CP')
    expect(within(wizard).queryByRole('checkbox', { name: /quan trọng về an ninh quốc gia/ })).toBeNull()
    // Decree 85's criteria are quoted as Decree 331's are: a public portal outside the conditional services.
    await waitFor(() => expect(within(wizard).getByTestId('wizard-level').textContent).toBe('Cấp độ 2'))
    expect(within(wizard).getByTestId('wizard-reasons').textContent).toContain(
      'Nghị định 85/2016/NĐ-CP, Điều 8 khoản 2 điểm b“Cung cấp dịch vụ trực tuyến không thuộc danh mục dịch vụ kinh doanh có điều kiện;”',
    )
  })

  it('flags a proposed level below what the saved answers call for', async () => {
    const system = await setUp({ level: 2 })
    const wizard = await openWizard()
    fireEvent.click(within(wizard).getByRole('checkbox', { name: /Giải quyết thủ tục hành chính/ }))
    await waitFor(() => expect(within(wizard).getByTestId('wizard-level').textContent).toBe('Cấp độ 3'))
    fireEvent.click(within(wizard).getByRole('button', { name: 'Áp dụng' }))
    await waitFor(async () => expect((await getSystem(db, system.id))?.level).toBe(3))
    expect(screen.queryByTestId('level-below-criteria')).toBeNull()

    const { updateSystem } = await import('../../../db/repos/systems')
    await updateSystem(db, system.id, { level: 2 })
    expect((await screen.findByTestId('level-below-criteria')).textContent).toContain(
      'Cấp độ đề xuất hiện tại (2) thấp hơn cấp độ mà tiêu chí xác định (3).',
    )
  })
})
