import type { Deadline } from '../case/types'

/** GET /api/v1/sla/board (sla-monitor BoardResource). */
export interface BoardPage {
  centerCode: string
  state: 'OPEN' | 'DUE_SOON' | 'OVERDUE'
  items: Deadline[]
  total: number
  page: number
  size: number
  /** per clock: running clocks before their warning point, due soon, overdue, paused */
  counts: Record<string, { open: number; dueSoon: number; overdue: number; paused: number }>
}

/**
 * What the board shows: ATTENTION (due soon and overdue together, the default: what to act on
 * now), or one of the server's own states; OPEN is every running clock.
 */
export type View = 'ATTENTION' | 'DUE_SOON' | 'OVERDUE' | 'OPEN'
export const VIEWS: View[] = ['ATTENTION', 'OVERDUE', 'DUE_SOON', 'OPEN']

export interface Filters {
  view: View
  clock: string
  centerCode: string
  page: number
}

export const PAGE_SIZE = 50
/** The attention view reads both states whole; more than this many at one center is a crisis shown in pages of the server's states. */
export const ATTENTION_SIZE = 200

export function parseFilters(query: Record<string, unknown>): Filters {
  const s = (v: unknown) => (typeof v === 'string' ? v : '')
  const view = VIEWS.includes(s(query.view) as View) ? (s(query.view) as View) : 'ATTENTION'
  return { view, clock: s(query.clock), centerCode: s(query.centerCode), page: Math.max(1, Number(query.page) || 1) }
}

/** The board requests for the filters: two for the attention view, one otherwise. */
export function requests(f: Filters): Record<string, string | number | undefined>[] {
  const common = { clock: f.clock || undefined, centerCode: f.centerCode || undefined }
  if (f.view === 'ATTENTION') {
    return [
      { ...common, state: 'OVERDUE', page: 0, size: ATTENTION_SIZE },
      { ...common, state: 'DUE_SOON', page: 0, size: ATTENTION_SIZE },
    ]
  }
  return [{ ...common, state: f.view, page: f.page - 1, size: PAGE_SIZE }]
}

/** Pages merged into one list, each clock once, earliest due first (the most pressing on top). */
export function merge(pages: BoardPage[]): { items: Deadline[]; total: number } {
  const byId = new Map<string, Deadline>()
  for (const p of pages) for (const d of p.items) byId.set(d.id, d)
  const items = [...byId.values()].sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''))
  return { items, total: pages.reduce((n, p) => n + p.total, 0) }
}

export interface Totals {
  open: number
  dueSoon: number
  overdue: number
  paused: number
}

/** The counts of every clock (or of one) added up, for the tiles above the list. */
export function totals(counts: BoardPage['counts'], clock = ''): Totals {
  const sum: Totals = { open: 0, dueSoon: 0, overdue: 0, paused: 0 }
  for (const [name, c] of Object.entries(counts)) {
    if (clock && name !== clock) continue
    sum.open += c.open
    sum.dueSoon += c.dueSoon
    sum.overdue += c.overdue
    sum.paused += c.paused
  }
  return sum
}
