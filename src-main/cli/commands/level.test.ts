import { describe, expect, it } from 'vitest'
import { answerFields } from '../../../src-renderer/src/db/law-schemas'
import { fakeIo } from '../test-support/fake-io'
import { EXIT } from '../io'
import { HELP, runCli } from '../run'
import { LEVEL_HELP, levelCommand } from './level'

const bytes = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value))

const PORTAL = { systemType: 'public_service', basicSubjects: 50_000 }
const PROCEDURES = {
  systemType: 'public_service',
  information: ['public', 'personal'],
  basicSubjects: 50_000,
  onlineServiceLevel: 2,
  administrativeProcedures: true,
}

const files = {
  'portal.json': bytes(PORTAL),
  'batch.json': bytes([
    { name: 'Cổng thông tin điện tử tỉnh', answers: PORTAL },
    { name: 'Hệ thống giải quyết thủ tục hành chính', answers: PROCEDURES },
    {
      name: 'Mạng nội bộ xử lý tài liệu mật',
      answers: { information: ['state_secret'], secretGrade: 'toi_mat' },
    },
    {
      name: 'Trung tâm dữ liệu tỉnh',
      answers: { systemType: 'infrastructure', scope: 'sector_or_province', nationalSecurityImportant: true },
    },
  ]),
  'bad.json': bytes([{ name: 'A', answers: { systemType: 'public', basicSubjects: -1, colour: 'red' } }]),
  'broken.json': bytes('{ "systemType": '),
}

async function json(args: string[]) {
  const io = fakeIo(files)
  const code = await levelCommand([...args, '--json'], io)
  return {
    code,
    out: JSON.parse(io.out) as { regime: string; results: Record<string, unknown>[] },
    err: io.err,
  }
}

describe('level --json', () => {
  it('gives a public information portal with 50.000 users level 2 under Decree 85 Điều 8 khoản 2 điểm b', async () => {
    const { code, out } = await json(['portal.json', '--regime', 'ND85'])
    expect(code).toBe(EXIT.ok)
    expect(out.regime).toBe('ND85')
    expect(out.results).toEqual([
      expect.objectContaining({
        name: null,
        level: 2,
        deciding: [
          {
            criterionId: 'ND85-8.2.b',
            level: 2,
            clause: 'Nghị định 85/2016/NĐ-CP, Điều 8 khoản 2 điểm b',
            quote: 'Cung cấp dịch vụ trực tuyến không thuộc danh mục dịch vụ kinh doanh có điều kiện;',
          },
        ],
      }),
    ])
  })

  it('judges a batch under Decree 331 by default, where the two decrees disagree on the same answers', async () => {
    const nd331 = await json(['batch.json'])
    const nd85 = await json(['batch.json', '--regime=ND85'])
    expect(nd331.out.regime).toBe('ND331')
    const levels = (r: typeof nd331) => r.out.results.map((x) => [x.name, x.level])
    expect(levels(nd331)).toEqual([
      ['Cổng thông tin điện tử tỉnh', 2],
      ['Hệ thống giải quyết thủ tục hành chính', 3],
      ['Mạng nội bộ xử lý tài liệu mật', null],
      ['Trung tâm dữ liệu tỉnh', 3],
    ])
    // A mức độ 2 service with 50.000 users: Điều 9 khoản 2 điểm c under Decree 85 (users), not TTHC.
    expect(levels(nd85)).toEqual([
      ['Cổng thông tin điện tử tỉnh', 2],
      ['Hệ thống giải quyết thủ tục hành chính', 3],
      ['Mạng nội bộ xử lý tài liệu mật', null],
      ['Trung tâm dữ liệu tỉnh', 3],
    ])
    const ids = (r: typeof nd331, i: number) =>
      (r.out.results[i]?.deciding as { criterionId: string }[]).map((d) => d.criterionId)
    expect(ids(nd331, 1)).toEqual(['ND331-13.2.b'])
    expect(ids(nd85, 1)).toEqual(['ND85-9.2.c'])
  })

  it('keeps the secret grade’s inference and the national-security list apart from the deciding clauses', async () => {
    const { out } = await json(['batch.json'])
    const [, , secret, centre] = out.results
    expect(secret).toMatchObject({
      level: null,
      deciding: [],
      inferences: [{ level: 4, label: 'Suy luận, không phải lời văn của nghị định', grade: 'toi_mat' }],
    })
    expect(centre?.notes).toEqual([
      expect.objectContaining({ id: 'ND331-17' }),
      expect.objectContaining({ id: 'ND331-20.4', clause: 'Nghị định 331/2026/NĐ-CP, Điều 20 khoản 4' }),
    ])
  })
})

describe('level, read by a person', () => {
  it('prints each system’s level and its clauses quoted, in Vietnamese', async () => {
    const io = fakeIo(files)
    expect(await levelCommand(['batch.json', '--regime', 'ND85'], io)).toBe(EXIT.ok)
    expect(io.out).toContain('Áp dụng tiêu chí của Nghị định 85/2016/NĐ-CP.')
    expect(io.out).toContain(
      'Cổng thông tin điện tử tỉnh: Cấp độ 2\n  Căn cứ (trích nguyên văn):\n  - Nghị định 85/2016/NĐ-CP, Điều 8 khoản 2 điểm b: “Cung cấp dịch vụ trực tuyến không thuộc danh mục dịch vụ kinh doanh có điều kiện;”',
    )
    expect(io.out).toContain('Mạng nội bộ xử lý tài liệu mật: Chưa xác định được cấp độ.')
    expect(io.out).toContain(
      '  Suy luận, không phải lời văn của nghị định:\n  - Hệ thống xử lý bí mật nhà nước độ Tối mật.',
    )
  })

  it('lists every place the file departs from the shape, and exits 1', async () => {
    const io = fakeIo(files)
    expect(await levelCommand(['bad.json'], io)).toBe(EXIT.dataErrors)
    expect(io.out).toBe('')
    expect(io.err).toContain('Tệp "bad.json" có 3 lỗi:')
    expect(io.err).toContain(
      '[0].answers.systemType: giá trị phải là một trong: "internal", "public_service"',
    )
    expect(io.err).toContain('[0].answers.basicSubjects: nhỏ nhất là 0.')
    expect(io.err).toContain('[0].answers: trường không có trong mẫu câu trả lời: "colour".')
  })

  it('refuses broken JSON, a missing file and an unknown regime', async () => {
    const broken = fakeIo(files)
    expect(await levelCommand(['broken.json'], broken)).toBe(EXIT.dataErrors)
    expect(broken.err).toContain('Tệp không phải JSON hợp lệ')
    const missing = fakeIo(files)
    expect(await levelCommand(['none.json'], missing)).toBe(EXIT.usage)
    expect(missing.err).toBe('Không tìm thấy tệp "none.json".\n')
    const regime = fakeIo(files)
    expect(await levelCommand(['portal.json', '--regime', 'ND99'], regime)).toBe(EXIT.usage)
    expect(regime.err).toContain('dùng --regime ND85 hoặc --regime ND331')
  })

  it('is reached through the CLI and documents every answer field in its help', async () => {
    const io = fakeIo(files)
    expect(await runCli(['level', 'portal.json', '--json'], io, { version: '0' })).toBe(EXIT.ok)
    expect(JSON.parse(io.out).results[0].level).toBe(2)
    expect(HELP).toContain('capdo level <câu-trả-lời.json> [--regime ND85|ND331] [--json]')
    const undocumented = [...Object.keys(answerFields), 'parts'].filter((k) => !LEVEL_HELP.includes(k))
    expect(undocumented).toEqual([])
  })
})
