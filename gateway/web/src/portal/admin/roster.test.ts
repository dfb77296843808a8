import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  buildTemplate,
  checkLeave,
  checkMediator,
  editOf,
  errorLines,
  fileProblem,
  filterMediators,
  formOf,
  importOutcome,
  languagesOf,
  loadPercent,
  organisationsFor,
  TEMPLATE_COLUMNS,
} from './roster'
import type { ImportReport, Mediator } from './types'

function mediator(over: Partial<Mediator>): Mediator {
  return {
    code: 'M-1',
    username: null,
    name: '彭燕玲',
    kind: 'GRID',
    centerCode: 'longhua.minzhi.minle',
    organisationCode: null,
    specialties: [],
    languages: ['普通话'],
    capacity: 10,
    active: true,
    retiredAt: null,
    retiredBy: null,
    retireReason: null,
    onLeave: false,
    leaves: [],
    workload: { openAssignments: 0, capacity: 10, lastAssignedAt: null },
    ...over,
  }
}

const none = { text: '', kind: '' as const, language: '', leave: '' as const }

describe('roster filter', () => {
  const list = [
    mediator({ code: 'M-A', name: '陈明', languages: ['普通话', '粤语'] }),
    mediator({ code: 'M-B', name: '李华', kind: 'PROFESSIONAL', username: 'mediator.chen', languages: ['普通话', '客家话'] }),
    mediator({ code: 'M-C', name: '王芳', onLeave: true, languages: ['客家话', '粤语', '普通话'] }),
  ]

  it('matches code, name or username as typed, ignoring letter case', () => {
    expect(filterMediators(list, { ...none, text: 'm-a' }).map((m) => m.code)).toEqual(['M-A'])
    expect(filterMediators(list, { ...none, text: '李' }).map((m) => m.code)).toEqual(['M-B'])
    expect(filterMediators(list, { ...none, text: 'CHEN' }).map((m) => m.code)).toEqual(['M-B'])
  })

  it('keeps a kind, a language, or those on leave today', () => {
    expect(filterMediators(list, { ...none, kind: 'PROFESSIONAL' }).map((m) => m.code)).toEqual(['M-B'])
    expect(filterMediators(list, { ...none, language: '粤语' }).map((m) => m.code)).toEqual(['M-A', 'M-C'])
    expect(filterMediators(list, { ...none, leave: 'onLeave' }).map((m) => m.code)).toEqual(['M-C'])
  })

  it('offers 普通话 first, then the languages most mediators speak', () => {
    expect(languagesOf(list)).toEqual(['普通话', '客家话', '粤语'])
  })

  it('shows workload against capacity, a full bar when capacity is zero and cases are open', () => {
    expect(loadPercent(mediator({ workload: { openAssignments: 3, capacity: 12, lastAssignedAt: null } }))).toBe(25)
    expect(loadPercent(mediator({ workload: { openAssignments: 14, capacity: 12, lastAssignedAt: null } }))).toBe(100)
    expect(loadPercent(mediator({ workload: { openAssignments: 1, capacity: 0, lastAssignedAt: null } }))).toBe(100)
    expect(loadPercent(mediator({ workload: { openAssignments: 0, capacity: 0, lastAssignedAt: null } }))).toBe(0)
  })
})

describe('mediator edit form', () => {
  it('round-trips a mediator, splitting languages typed with Chinese separators', () => {
    const form = formOf(mediator({ languages: ['普通话', '粤语'], organisationCode: 'ORG-X' }))
    expect(form.languages).toBe('普通话、粤语')
    form.languages = '普通话，粤语 潮汕话'
    form.username = '  '
    expect(editOf(form)).toMatchObject({
      username: null,
      organisationCode: 'ORG-X',
      languages: ['普通话', '粤语', '潮汕话'],
      capacity: 10,
    })
    expect(editOf(form)).not.toHaveProperty('active')
  })

  it('restates the server rules: name, center code pattern, capacity 0–1000, at most 10 languages', () => {
    const form = formOf(mediator({}))
    expect(checkMediator(form)).toEqual({})
    expect(checkMediator({ ...form, name: ' ', centerCode: '民乐社区', capacity: 1001 })).toEqual({
      name: 'required',
      centerCode: 'centerCode',
      capacity: 'capacity',
    })
    expect(checkMediator({ ...form, capacity: null }).capacity).toBe('required')
    expect(checkMediator({ ...form, username: 'a b' }).username).toBe('username')
    expect(checkMediator({ ...form, languages: 'a b c d e f g h i j k' }).languages).toBe('tooManyLanguages')
  })

  it('takes a one-day leave and refuses one that ends before it starts', () => {
    expect(checkLeave('2026-12-01', '2026-12-01', '年休假')).toEqual({})
    expect(checkLeave('2026-12-02', '2026-12-01', '')).toEqual({ to: 'leaveOrder', reason: 'required' })
  })

  it('offers the organisations at the center or above it, active only', () => {
    const orgs = [
      { code: 'A', name: '', kind: '', centerCode: 'longhua', active: true },
      { code: 'B', name: '', kind: '', centerCode: 'longhua.minzhi', active: true },
      { code: 'C', name: '', kind: '', centerCode: 'longhua.minzhi.minle', active: false },
      { code: 'D', name: '', kind: '', centerCode: 'longhua.guanlan', active: true },
      { code: 'E', name: '', kind: '', centerCode: 'longhua.minzhi.minlex', active: true },
    ]
    expect(organisationsFor('longhua.minzhi.minle', orgs).map((o) => o.code)).toEqual(['A', 'B'])
  })
})

describe('roster import', () => {
  const report: ImportReport = {
    dryRun: false,
    applied: false,
    created: 2,
    updated: 0,
    unchanged: 0,
    errors: 1,
    ignoredColumns: ['备注'],
    rows: [
      { row: 4, code: 'M-3', result: 'ERROR', errors: [{ column: '最大案件数', message: 'x is not a whole number' }] },
      { row: 2, code: 'M-1', result: 'CREATED', errors: [] },
      {
        row: 3,
        code: 'M-2',
        result: 'ERROR',
        errors: [
          { column: '专长', message: 'unknown category LABOUR' },
          { column: '类型', message: 'unknown kind 调解' },
        ],
      },
    ],
  }

  it('lists every cell error by sheet row and column, in sheet order', () => {
    expect(errorLines(report)).toEqual([
      { row: 3, code: 'M-2', column: '专长', message: 'unknown category LABOUR' },
      { row: 3, code: 'M-2', column: '类型', message: 'unknown kind 调解' },
      { row: 4, code: 'M-3', column: '最大案件数', message: 'x is not a whole number' },
    ])
    expect(importOutcome(report)).toBe('refused')
    expect(importOutcome({ ...report, errors: 0, dryRun: true })).toBe('dryRunOk')
    expect(importOutcome({ ...report, errors: 0, applied: true })).toBe('applied')
  })

  it('says before the upload that a legacy .xls or a CSV will be refused', () => {
    expect(fileProblem({ name: '名册.xls', size: 10 })).toBe('legacyXls')
    expect(fileProblem({ name: '名册.csv', size: 10 })).toBe('notXlsx')
    expect(fileProblem({ name: '名册.XLSX', size: 0 })).toBe('emptyFile')
    expect(fileProblem({ name: '名册.xlsx', size: 3 * 1024 * 1024 })).toBe('tooLarge')
    expect(fileProblem({ name: '名册.xlsx', size: 9000 })).toBeNull()
  })

  it('builds a template whose first sheet has the header the import reads', async () => {
    const buffer = await buildTemplate(
      ExcelJS,
      {
        units: [{ code: 'longhua', name: '龙华区', level: 'DISTRICT', parentCode: null, sample: false }],
        organisations: [
          { code: 'ORG-A', name: '民治街道人民调解委员会', kind: 'PEOPLES', centerCode: 'longhua.minzhi', active: true },
          { code: 'ORG-OLD', name: '已撤销', kind: 'PEOPLES', centerCode: 'longhua', active: false },
        ],
        categories: [{ code: 'LABOR', name: '劳动争议' }],
      },
      20,
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(buffer)
    const first = book.worksheets[0]
    const header = (first.getRow(1).values as unknown[]).slice(1)
    // the reader strips the trailing required mark
    expect(header.map((h) => String(h).replace(/\*$/, ''))).toEqual(TEMPLATE_COLUMNS.map((c) => c.header))
    expect(header).toContain('编号*')
    expect(header).toContain('账号')
    expect(first.getCell('D2').dataValidation.formulae).toEqual(['"网格调解员,专业调解员,工作人员"'])
    expect(first.actualRowCount).toBe(1)
    const reference = book.getWorksheet('参考')!
    expect(reference.getCell('A2').value).toBe('longhua')
    expect(reference.getCell('C2').value).toBe('ORG-A')
    expect(reference.getCell('C3').value).toBeNull()
    expect(reference.getCell('F2').value).toBe('劳动争议')
  })
})
