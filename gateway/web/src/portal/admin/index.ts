import type { Feature } from '@shared/feature'
import RosterView from './RosterView.vue'
import RulesView from './RulesView.vue'
import PoliciesView from './PoliciesView.vue'
import messages from './messages'

export default {
  routes: [
    { path: '/admin/roster', name: 'roster', component: RosterView },
    { path: '/admin/rules', name: 'rules', component: RulesView },
    { path: '/admin/policies', name: 'policies', component: PoliciesView },
  ],
  messages,
  menu: [
    { path: '/admin/roster', label: 'nav.roster', roles: ['admin', 'center-staff'] },
    // staff read the rules and time limits they work under; the pages are read-only for them
    { path: '/admin/rules', label: 'nav.rules', roles: ['admin', 'center-staff'] },
    { path: '/admin/policies', label: 'nav.policies', roles: ['admin', 'center-staff'] },
  ],
} satisfies Feature
