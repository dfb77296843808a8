import type { Feature } from '@shared/feature'
import InboxView from './InboxView.vue'
import messages from './messages'

export default {
  routes: [{ path: '/inbox', name: 'inbox', component: InboxView }],
  messages,
  menu: [{ path: '/inbox', label: 'nav.inbox', roles: ['center-staff', 'admin'] }],
} satisfies Feature
