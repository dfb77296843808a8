import sharedEn from '@shared/locales/en'
import sharedZh from '@shared/locales/zh-CN'

/**
 * The texts of the statistics tables, shared by the screen and the .xlsx export so both say the
 * same thing. Plain objects rather than vue-i18n keys because the workbook is built outside Vue.
 */
const zh = {
  title: '矛盾纠纷调解统计',
  periodTo: '至',
  beijingTime: '北京时间',
  generatedAt: '数据生成于',
  total: '合计',
  sheets: {
    centers: '按中心',
    categories: '按类别',
    channels: '按渠道',
    months: '按月份',
  },
  columns: {
    center: '中心',
    code: '编码',
    level: '层级',
    month: '月份',
    received: '受理',
    duplicates: '重复并案',
    concluded: '调解终结',
    settled: '调解成功',
    failed: '调解不成',
    settledRate: '调解成功率',
    withdrawn: '撤回',
    clocksDue: '到期时限',
    overdue: '超期',
    overdueRate: '超期率',
    warned: '预警',
    stagesCompleted: '完成阶段',
    averageStageDays: '平均每阶段用时（天）',
    receivedTotal: '受理合计',
  },
  levels: {
    DISTRICT: '区',
    STREET: '街道',
    COMMUNITY: '社区',
    GRID: '网格',
  } as Record<string, string>,
  channels: {
    GRID_MOBILE: '网格员上报',
    CENTER_PORTAL: '中心窗口登记',
    PARTNER_TRANSFER: '部门平台移交',
  } as Record<string, string>,
  /** used only when the server's category list does not name a code */
  categories: sharedZh.categoryName as Record<string, string>,
  file: '解纷统计',
}

export type Labels = typeof zh

const en: Labels = {
  title: 'Dispute mediation statistics',
  periodTo: 'to',
  beijingTime: 'Beijing time',
  generatedAt: 'generated',
  total: 'Total',
  sheets: {
    centers: 'By center',
    categories: 'By category',
    channels: 'By channel',
    months: 'By month',
  },
  columns: {
    center: 'Center',
    code: 'Code',
    level: 'Level',
    month: 'Month',
    received: 'Received',
    duplicates: 'Duplicates',
    concluded: 'Concluded',
    settled: 'Settled',
    failed: 'Failed',
    settledRate: 'Settled rate',
    withdrawn: 'Withdrawn',
    clocksDue: 'Deadlines due',
    overdue: 'Overdue',
    overdueRate: 'Overdue rate',
    warned: 'Warned',
    stagesCompleted: 'Stages completed',
    averageStageDays: 'Average days per stage',
    receivedTotal: 'Received, total',
  },
  levels: {
    DISTRICT: 'District',
    STREET: 'Street',
    COMMUNITY: 'Community',
    GRID: 'Grid',
  },
  channels: {
    GRID_MOBILE: 'Grid mediator (mobile)',
    CENTER_PORTAL: 'Center counter (portal)',
    PARTNER_TRANSFER: 'Partner platform transfer',
  },
  categories: sharedEn.categoryName,
  file: 'dispute-statistics',
}

export function labelsFor(locale: string): Labels {
  return locale.startsWith('zh') ? zh : en
}
