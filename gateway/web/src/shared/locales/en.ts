import type zhCN from './zh-CN'

const en: typeof zhCN = {
  app: { mobile: 'Jiefen · Grid mediation', portal: 'Jiefen · Mediation center' },
  shell: {
    language: 'Language',
    logout: 'Log out',
    orgUnit: 'Org unit',
    noOrgUnit: 'no org unit',
    loading: 'Loading…',
    retry: 'Retry',
    empty: 'Nothing here',
  },
  nav: { queue: 'Cases', me: 'Me', inbox: 'Inbox', report: 'Report', outbox: 'To sync', board: 'SLA board', stats: 'Statistics', roster: 'Mediators', rules: 'Routing rules', policies: 'SLA policies', court: 'Judicial confirmation' },
  queue: { assigned: 'To accept', inMediation: 'In mediation', total: '{n} in all' },
  inbox: {
    title: 'Inbox',
    status: 'Status',
    all: 'All',
    center: 'Center',
    category: 'Category',
    summary: 'Summary',
    createdAt: 'Received',
    id: 'Number',
    total: '{n} in all',
  },
  status: {
    RECEIVED: 'Received',
    ROUTED: 'Routed',
    ASSIGNED: 'Assigned',
    UNASSIGNED: 'Needs assigning',
    IN_MEDIATION: 'In mediation',
    SETTLED: 'Settled',
    FAILED: 'Not settled',
    CONFIRMATION_REQUESTED: 'Confirmation requested',
    CONFIRMATION_ACCEPTED: 'Accepted by the court',
    CONFIRMED: 'Confirmed',
    CONFIRMATION_REJECTED: 'Confirmation refused',
    CLOSED: 'Closed',
    WITHDRAWN: 'Withdrawn',
    LINKED: 'Linked',
  },
  /** the seeded categories' names, for screens that show a code without the server's list */
  categoryName: {
    LABOR: 'Labour',
    PROPERTY_MGMT: 'Property management',
    NEIGHBOR: 'Neighbours',
    FAMILY: 'Marriage and family',
    TENANCY: 'Tenancy',
    TRAFFIC: 'Traffic accident',
    CONSUMER: 'Consumer',
    CONTRACT: 'Contract / debt',
  },
  validation: {
    id: {
      legacy15: '15-digit legacy numbers are not accepted; give the 18-digit number',
      length: 'must be 18 characters: 17 digits and a digit or X',
      region: 'region code is not a GB/T 2260 province',
      birthDate: 'date of birth is not a calendar date',
      birthRange: 'date of birth is out of range',
      checkDigit: 'check digit does not match',
    },
    mobile: 'an 11-digit mobile number (+86 allowed)',
  },
}

export default en
