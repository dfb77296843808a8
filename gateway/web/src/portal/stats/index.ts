import type { Feature } from '@shared/feature'
import StatsView from './StatsView.vue'
import messages from './messages'

export default {
  routes: [
    { path: '/stats', name: 'stats', component: StatsView },
  ],
  messages,
  menu: [{ path: '/stats', label: 'nav.stats', roles: ['center-staff', 'admin'] }],
} satisfies Feature
