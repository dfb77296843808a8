import type { Feature } from '@shared/feature'
import InboxView from './InboxView.vue'

export default {
  routes: [{ path: '/inbox', name: 'inbox', component: InboxView }],
  menu: [{ path: '/inbox', label: 'nav.inbox', roles: ['center-staff', 'admin'] }],
} satisfies Feature
