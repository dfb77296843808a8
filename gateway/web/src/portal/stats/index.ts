import type { Feature } from '@shared/feature'
import messages from './messages'

export default {
  routes: [
    // loaded on first visit: ECharts stays out of the bundle every other screen loads
    { path: '/stats', name: 'stats', component: () => import('./StatsView.vue') },
  ],
  messages,
  menu: [{ path: '/stats', label: 'nav.stats', roles: ['center-staff', 'admin'] }],
} satisfies Feature
