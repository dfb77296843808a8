import type { Feature } from '@shared/feature'
import ReportView from './ReportView.vue'
import OutboxView from './OutboxView.vue'
import messages from './messages'

export default {
  routes: [
    { path: '/report', name: 'report', component: ReportView },
    { path: '/outbox', name: 'outbox', component: OutboxView },
  ],
  messages,
  menu: [],
} satisfies Feature
