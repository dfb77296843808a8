import type { Feature } from '@shared/feature'
import CaseView from './CaseView.vue'
import messages from './messages'

export default {
  routes: [
    { path: '/cases/:id', name: 'case', component: CaseView, props: true },
  ],
  messages,
  menu: [],
} satisfies Feature
