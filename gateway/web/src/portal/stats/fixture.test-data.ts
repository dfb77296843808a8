import type { Figures, StatsData } from './types'

/** A street's quarter shaped like GET /api/v1/stats answers it (docs/stats.md's worked example). */
function figures(partial: Partial<Figures>): Figures {
  return {
    received: 0,
    duplicates: 0,
    receivedByCategory: { LABOR: 0, PROPERTY_MGMT: 0, NEIGHBOR: 0, FAMILY: 0, TENANCY: 0, TRAFFIC: 0, CONSUMER: 0, CONTRACT: 0 },
    receivedByChannel: { GRID_MOBILE: 0, CENTER_PORTAL: 0, PARTNER_TRANSFER: 0 },
    concluded: 0,
    settled: 0,
    failed: 0,
    settledRate: null,
    withdrawn: 0,
    clocksDue: 0,
    overdue: 0,
    overdueRate: null,
    warned: 0,
    stagesCompleted: 0,
    averageStageDays: null,
    ...partial,
  }
}

const street = figures({ concluded: 1, settled: 1, settledRate: 1, clocksDue: 1, overdue: 1, overdueRate: 1, warned: 1, stagesCompleted: 1, averageStageDays: 24 })
const minle = figures({
  received: 3,
  duplicates: 1,
  receivedByCategory: { LABOR: 2, PROPERTY_MGMT: 0, NEIGHBOR: 1, FAMILY: 0, TENANCY: 0, TRAFFIC: 0, CONSUMER: 0, CONTRACT: 0 },
  receivedByChannel: { GRID_MOBILE: 2, CENTER_PORTAL: 1, PARTNER_TRANSFER: 0 },
  concluded: 2,
  settled: 1,
  failed: 1,
  settledRate: 0.5,
  clocksDue: 3,
  overdue: 0,
  overdueRate: 0,
  stagesCompleted: 2,
  averageStageDays: 2.3,
})
const baishilong = figures({
  received: 2,
  receivedByCategory: { LABOR: 0, PROPERTY_MGMT: 1, NEIGHBOR: 0, FAMILY: 0, TENANCY: 0, TRAFFIC: 0, CONSUMER: 0, CONTRACT: 0, RETIRED_X: 1 },
  receivedByChannel: { GRID_MOBILE: 0, CENTER_PORTAL: 0, PARTNER_TRANSFER: 2 },
  concluded: 0,
  withdrawn: 1,
  stagesCompleted: 1,
  averageStageDays: 2,
})
const total = figures({
  received: 5,
  duplicates: 1,
  receivedByCategory: { LABOR: 2, PROPERTY_MGMT: 1, NEIGHBOR: 1, FAMILY: 0, TENANCY: 0, TRAFFIC: 0, CONSUMER: 0, CONTRACT: 0, RETIRED_X: 1 },
  receivedByChannel: { GRID_MOBILE: 2, CENTER_PORTAL: 1, PARTNER_TRANSFER: 2 },
  concluded: 3,
  settled: 2,
  failed: 1,
  settledRate: 0.6667,
  withdrawn: 1,
  clocksDue: 4,
  overdue: 1,
  overdueRate: 0.25,
  warned: 1,
  stagesCompleted: 4,
  averageStageDays: 7.6,
})

function report(from: string, to: string, days: number, t: Figures) {
  return {
    scope: 'longhua.minzhi',
    period: { from, to, timezone: 'Asia/Shanghai', days },
    generatedAt: '2026-11-24T15:02:11.482Z',
    centers: [],
    total: t,
  }
}

export const QUARTER: StatsData = {
  report: {
    scope: 'longhua.minzhi',
    period: { from: '2026-01-01', to: '2026-03-31', timezone: 'Asia/Shanghai', days: 90 },
    generatedAt: '2026-11-24T15:02:11.482Z',
    centers: [
      { centerCode: 'longhua.minzhi', centerName: '民治街道', level: 'STREET', figures: street },
      { centerCode: 'longhua.minzhi.baishilong', centerName: '白石龙社区', level: 'COMMUNITY', figures: baishilong },
      { centerCode: 'longhua.minzhi.minle', centerName: '民乐社区', level: 'COMMUNITY', figures: minle },
    ],
    total,
  },
  months: [
    { month: '2026-01', report: report('2026-01-01', '2026-01-31', 31, figures({})) },
    { month: '2026-02', report: report('2026-02-01', '2026-02-28', 28, figures({ received: 1, settled: 1, concluded: 1, settledRate: 1 })) },
    {
      month: '2026-03',
      report: report('2026-03-01', '2026-03-31', 31, figures({ received: 4, duplicates: 1, concluded: 2, settled: 1, failed: 1, settledRate: 0.5, clocksDue: 4, overdue: 1, overdueRate: 0.25 })),
    },
  ],
  scopeName: '民治街道',
  categoryNames: { LABOR: '劳动争议', PROPERTY_MGMT: '物业纠纷', NEIGHBOR: '邻里纠纷', FAMILY: '婚姻家庭', TENANCY: '房屋租赁', TRAFFIC: '交通事故', CONSUMER: '消费纠纷', CONTRACT: '合同/债务' },
}
