import type { ImportReport, Mediator, MediatorEdit, MediatorKind, Organisation, OrgUnit } from './types'

/**
 * The roster page's rules: which mediators a filter keeps, the edit form and its checks (the
 * server's MediatorDto/MediatorEdit constraints restated), and the Excel template
 * (docs/mediator-roster-import.md, RosterColumn.java).
 */

// mediator-pool rest/dto/MediatorDto.java
export const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
export const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]*$/
export const CENTER = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/
const LANGUAGE = /^[^,，、;；\s]([^,，、;；]*[^,，、;；\s])?$/
const SEPARATORS = /[,，、;；\s]+/

/** What the API cannot filter by (it filters by center, specialty, active and organisation). */
export interface LocalFilter {
  text: string
  kind: MediatorKind | ''
  language: string
  /** '' all, 'onLeave' only those on leave today */
  leave: '' | 'onLeave'
}

export function filterMediators(list: Mediator[], f: LocalFilter): Mediator[] {
  const text = f.text.trim().toLowerCase()
  return list.filter(
    (m) =>
      (!text ||
        m.code.toLowerCase().includes(text) ||
        m.name.toLowerCase().includes(text) ||
        (m.username ?? '').toLowerCase().includes(text)) &&
      (!f.kind || m.kind === f.kind) &&
      (!f.language || m.languages.includes(f.language)) &&
      (!f.leave || m.onLeave),
  )
}

/** The languages the roster's mediators speak, 普通话 first, then by how many speak them. */
export function languagesOf(list: Mediator[]): string[] {
  const counts = new Map<string, number>()
  for (const m of list) for (const l of m.languages) counts.set(l, (counts.get(l) ?? 0) + 1)
  return [...counts.entries()]
    .sort((a, b) => (a[0] === '普通话' ? -1 : b[0] === '普通话' ? 1 : b[1] - a[1] || a[0].localeCompare(b[0])))
    .map(([l]) => l)
}

export function page<T>(list: T[], pageNumber: number, size: number): T[] {
  return list.slice((pageNumber - 1) * size, pageNumber * size)
}

/** Open cases against capacity, for the workload bar: 0–100, 100 also when capacity is 0. */
export function loadPercent(m: Mediator): number {
  const { openAssignments, capacity } = m.workload
  if (capacity <= 0) return openAssignments > 0 ? 100 : 0
  return Math.min(100, Math.round((openAssignments / capacity) * 100))
}

/** The edit form: lists as typed text so an office can paste "普通话、粤语". */
export interface MediatorForm {
  username: string
  name: string
  kind: MediatorKind
  centerCode: string
  organisationCode: string
  specialties: string[]
  languages: string
  capacity: number | null
}

export function formOf(m: Mediator): MediatorForm {
  return {
    username: m.username ?? '',
    name: m.name,
    kind: m.kind,
    centerCode: m.centerCode,
    organisationCode: m.organisationCode ?? '',
    specialties: [...m.specialties],
    languages: m.languages.join('、'),
    capacity: m.capacity,
  }
}

export function splitList(text: string): string[] {
  return text.split(SEPARATORS).filter((s) => s.length > 0)
}

export function editOf(form: MediatorForm): MediatorEdit {
  const blank = (s: string) => (s.trim() === '' ? null : s.trim())
  return {
    username: blank(form.username),
    name: form.name.trim(),
    kind: form.kind,
    centerCode: form.centerCode.trim(),
    organisationCode: blank(form.organisationCode),
    specialties: form.specialties,
    languages: splitList(form.languages),
    capacity: form.capacity ?? (null as unknown as number),
  }
}

/** field → message key under `admin.check.*`; empty when the server may judge the rest. */
export function checkMediator(form: MediatorForm): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!form.name.trim()) errors.name = 'required'
  else if (form.name.trim().length > 200) errors.name = 'tooLong'
  if (form.username.trim() && !USERNAME.test(form.username.trim())) errors.username = 'username'
  if (!form.centerCode.trim()) errors.centerCode = 'required'
  else if (!CENTER.test(form.centerCode.trim())) errors.centerCode = 'centerCode'
  if (form.organisationCode.trim() && !CODE.test(form.organisationCode.trim())) errors.organisationCode = 'code'
  const languages = splitList(form.languages)
  if (languages.length > 10) errors.languages = 'tooManyLanguages'
  else if (languages.some((l) => l.length > 20 || !LANGUAGE.test(l))) errors.languages = 'language'
  if (form.capacity === null || !Number.isInteger(form.capacity)) errors.capacity = 'required'
  else if (form.capacity < 0 || form.capacity > 1000) errors.capacity = 'capacity'
  return errors
}

/** A leave to record: both days are days off, so `to` may equal `from`. */
export function checkLeave(from: string, to: string, reason: string): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!from) errors.from = 'required'
  if (!to) errors.to = 'required'
  if (from && to && to < from) errors.to = 'leaveOrder'
  if (!reason.trim()) errors.reason = 'required'
  return errors
}

/** The organisations a mediator at `centerCode` may belong to: at that center or one above it. */
export function organisationsFor(centerCode: string, organisations: Organisation[]): Organisation[] {
  return organisations.filter(
    (o) => o.active && (centerCode === o.centerCode || centerCode.startsWith(`${o.centerCode}.`)),
  )
}

/** The centers an admin or staff member's org unit covers: the unit itself and everything below. */
export function centersUnder(orgUnit: string | null, units: OrgUnit[]): OrgUnit[] {
  if (!orgUnit) return units
  return units.filter((u) => u.code === orgUnit || u.code.startsWith(`${orgUnit}.`))
}

// ---- the Excel import -------------------------------------------------------------------------

export interface TemplateColumn {
  header: string
  field: string
  required: boolean
  width: number
  /** what to write, for the instructions sheet */
  note: string
}

/** RosterColumn.java in its order; a trailing * marks the required ones (the reader ignores it). */
export const TEMPLATE_COLUMNS: TemplateColumn[] = [
  { header: '编号', field: 'code', required: true, width: 24, note: '调解员编号：字母、数字及 . _ -（如 M-LANGKOU-GRID-06）；已有编号即更新该调解员' },
  { header: '姓名', field: 'name', required: true, width: 12, note: '姓名全称' },
  { header: '账号', field: 'username', required: false, width: 18, note: '登录系统的账号（可空）；一个账号只对应一名调解员' },
  { header: '类型', field: 'kind', required: true, width: 14, note: '网格调解员 / 网格员、专业调解员 / 专职调解员 / 专家 / 专家调解员、工作人员 / 中心工作人员' },
  { header: '所属中心', field: 'centerCode', required: true, width: 30, note: '中心编码（见“参考”表），如 longhua.dalang.langkou；不接受名称' },
  { header: '所属组织', field: 'organisationCode', required: false, width: 30, note: '调解组织编码或全称；须在所属中心或其上级中心且在用' },
  { header: '专长', field: 'specialties', required: false, width: 26, note: '纠纷类别名称或编码，多个用“、”分隔；留空表示各类纠纷均可承办' },
  { header: '语言', field: 'languages', required: false, width: 20, note: '普通话、粤语、客家话、潮汕话、英语等，最多10种' },
  { header: '最大案件数', field: 'capacity', required: true, width: 12, note: '同时承办的最多案件数，0–1000 的整数' },
  { header: '状态', field: 'active', required: false, width: 10, note: '在职（或留空）/ 停用' },
]

export const KIND_WORDS: Record<MediatorKind, string> = { GRID: '网格调解员', PROFESSIONAL: '专业调解员', STAFF: '工作人员' }

/** The subset of ExcelJS the template needs, so tests can pass the real module. */
export interface ExcelModule {
  Workbook: new () => import('exceljs').Workbook
}

export interface TemplateReference {
  units: OrgUnit[]
  organisations: Organisation[]
  categories: { code: string; name: string }[]
}

/**
 * The roster template: the sheet the import reads first (header only, drop-downs for 类型 and
 * 状态, whole numbers for 最大案件数), an instructions sheet and a reference sheet of center
 * codes, organisations and categories so an office need not ask for them.
 */
export async function buildTemplate(excel: ExcelModule, ref: TemplateReference, rows = 500): Promise<ArrayBuffer> {
  const book = new excel.Workbook()
  book.creator = '解纷'
  const sheet = book.addWorksheet('调解员名册', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = TEMPLATE_COLUMNS.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.field,
    width: c.width,
  }))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.eachCell((cell, n) => {
    cell.note = TEMPLATE_COLUMNS[n - 1].note
    if (TEMPLATE_COLUMNS[n - 1].required) cell.font = { bold: true, color: { argb: 'FFC00000' } }
  })
  const letter = (field: string) => String.fromCharCode(65 + TEMPLATE_COLUMNS.findIndex((c) => c.field === field))
  for (let r = 2; r <= rows + 1; r++) {
    sheet.getCell(`${letter('kind')}${r}`).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [`"${Object.values(KIND_WORDS).join(',')}"`],
    }
    sheet.getCell(`${letter('active')}${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"在职,停用"'] }
    sheet.getCell(`${letter('capacity')}${r}`).dataValidation = {
      type: 'whole',
      operator: 'between',
      allowBlank: false,
      formulae: [0, 1000],
      showErrorMessage: true,
      error: '请填写 0–1000 的整数',
    }
    // codes like 001 must stay text
    sheet.getCell(`${letter('code')}${r}`).numFmt = '@'
  }

  const help = book.addWorksheet('填写说明')
  help.columns = [
    { header: '列', key: 'header', width: 14 },
    { header: '必填', key: 'required', width: 8 },
    { header: '填写要求', key: 'note', width: 90 },
  ]
  help.getRow(1).font = { bold: true }
  for (const c of TEMPLATE_COLUMNS) help.addRow({ header: c.header, required: c.required ? '是' : '否', note: c.note })
  help.addRow({})
  help.addRow({ header: '说明', note: '系统只读取第一个工作表；表头行须包含“编号”和“姓名”，列的顺序不限，其他列（如备注）将被忽略。' })
  help.addRow({ note: '导入时全部行通过校验才会保存；任何一行有误则不保存，并逐行列出错误，修改后重新导入即可。' })
  help.addRow({ note: '请假记录不在名册中填写，请在系统中逐人登记。' })

  const reference = book.addWorksheet('参考')
  reference.columns = [
    { header: '中心编码', key: 'unit', width: 34 },
    { header: '中心名称', key: 'unitName', width: 16 },
    { header: '组织编码', key: 'org', width: 28 },
    { header: '组织名称', key: 'orgName', width: 36 },
    { header: '组织所在中心', key: 'orgCenter', width: 30 },
    { header: '纠纷类别', key: 'category', width: 14 },
    { header: '类别编码', key: 'categoryCode', width: 16 },
  ]
  reference.getRow(1).font = { bold: true }
  const organisations = ref.organisations.filter((o) => o.active)
  const length = Math.max(ref.units.length, organisations.length, ref.categories.length)
  for (let i = 0; i < length; i++) {
    const u = ref.units[i]
    const o = organisations[i]
    const c = ref.categories[i]
    reference.addRow({
      unit: u?.code,
      unitName: u?.name,
      org: o?.code,
      orgName: o?.name,
      orgCenter: o?.centerCode,
      category: c?.name,
      categoryCode: c?.code,
    })
  }
  return (await book.xlsx.writeBuffer()) as ArrayBuffer
}

export interface ImportErrorLine {
  row: number
  code: string | null
  column: string
  message: string
}

/** One line per cell error, in sheet order, for the table an office fixes its sheet from. */
export function errorLines(report: ImportReport): ImportErrorLine[] {
  return [...report.rows]
    .sort((a, b) => a.row - b.row)
    .flatMap((r) => r.errors.map((e) => ({ row: r.row, code: r.code, column: e.column, message: e.message })))
}

/** Which outcome the report stands for, for its banner. */
export function importOutcome(report: ImportReport): 'applied' | 'dryRunOk' | 'refused' {
  if (report.errors > 0) return 'refused'
  return report.applied ? 'applied' : 'dryRunOk'
}

/** A picked file the server would refuse for its type, said before the upload. */
export function fileProblem(file: { name: string; size: number }, maxBytes = 2 * 1024 * 1024): string | null {
  if (/\.xls$/i.test(file.name)) return 'legacyXls'
  if (!/\.xlsx$/i.test(file.name)) return 'notXlsx'
  if (file.size === 0) return 'emptyFile'
  if (file.size > maxBytes) return 'tooLarge'
  return null
}
