/**
 * GET /api/v1/stats (services/intake rest/dto/StatsReport.java; every figure defined in
 * docs/stats.md). Rates are fractions with 4 decimals, average days have 1; both null for 0 / 0.
 */
export interface StatsReport {
  scope: string
  period: StatsPeriod
  generatedAt: string
  centers: CenterRow[]
  total: Figures
}

export interface StatsPeriod {
  from: string
  to: string
  timezone: string
  days: number
}

export interface CenterRow {
  centerCode: string
  /** null when intake's org-tree replica does not know the code */
  centerName: string | null
  level: string | null
  figures: Figures
}

export interface Figures {
  received: number
  duplicates: number
  /** every category of intake's list in list order, then retired ones that still have disputes */
  receivedByCategory: Record<string, number>
  /** always GRID_MOBILE, CENTER_PORTAL, PARTNER_TRANSFER */
  receivedByChannel: Record<string, number>
  concluded: number
  settled: number
  failed: number
  settledRate: number | null
  withdrawn: number
  clocksDue: number
  overdue: number
  overdueRate: number | null
  warned: number
  stagesCompleted: number
  averageStageDays: number | null
}

/** One month of the period, asked for on its own (the API has no series: one call per month). */
export interface MonthReport {
  /** yyyy-MM */
  month: string
  report: StatsReport
}

/** GET /api/v1/org-units (services/routing rest/dto/OrgUnitDto.java). */
export interface OrgUnit {
  code: string
  name: string
  level: string
  parentCode: string | null
  sample: boolean
}

/** GET /api/v1/categories (services/intake rest/dto/CategoryDto.java). */
export interface Category {
  code: string
  name: string
  active?: boolean
}

/** Everything the screen shows and the export writes, for one scope and period. */
export interface StatsData {
  report: StatsReport
  months: MonthReport[]
  /** the scope's own name (org tree), when known */
  scopeName: string | null
  /** category code → name as the server lists them (Chinese) */
  categoryNames: Record<string, string>
}
