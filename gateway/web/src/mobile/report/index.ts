import type { Feature } from '@shared/feature'
import ReportView from './ReportView.vue'
import OutboxView from './OutboxView.vue'
import messages from './messages'

/** For the shell: the outbox's `waiting` count is the tab bar's badge, and starting it syncs at app start. */
export { useOutbox } from './runtime'

export default {
  routes: [
    { path: '/report', name: 'report', component: ReportView },
    { path: '/outbox', name: 'outbox', component: OutboxView },
  ],
  messages,
  menu: [],
} satisfies Feature
