import type { Feature } from '@shared/feature'
import CourtInboxView from './CourtInboxView.vue'
import ApplicationView from './ApplicationView.vue'
import messages from './messages'

export default {
  routes: [
    { path: '/court', name: 'court', component: CourtInboxView },
    { path: '/court/:id', name: 'court-application', component: ApplicationView, props: true },
  ],
  messages,
  menu: [{ path: '/court', label: 'nav.court', roles: ['court-clerk'] }],
} satisfies Feature
