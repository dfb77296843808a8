/** Turning codes into words with the feature's texts, falling back to the code itself. */
export type T = (key: string, params?: Record<string, unknown>) => string
export type Te = (key: string) => boolean

export interface Words {
  t: T
  te: Te
  locale: string
}

/** The text under `prefix.code`, or the code when there is none (a new category, a new clock). */
export function label(w: Words, prefix: string, code: string | null | undefined): string {
  if (!code) return ''
  const key = `${prefix}.${code}`
  return w.te(key) ? w.t(key) : code
}

/** Timeline event types such as dispute.routed.v1 → the key case.timeline.events.dispute_routed. */
export function eventKey(type: string): string {
  return type.replace(/\.v\d+$/, '').replace(/\./g, '_')
}

export function joinList(w: Words, items: string[]): string {
  return items.join(w.t('case.listSep'))
}

export function money(amount: number | string | null | undefined, locale: string): string {
  if (amount === null || amount === undefined || amount === '') return ''
  const n = typeof amount === 'number' ? amount : Number(amount)
  if (Number.isNaN(n)) return String(amount)
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
