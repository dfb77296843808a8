import type { Feature } from '@shared/feature'
import CaseView from './CaseView.vue'
import QueueView from './QueueView.vue'
import messages from './messages'

export default {
  routes: [
    { path: '/', name: 'queue', component: QueueView },
    { path: '/cases/:id', name: 'case', component: CaseView, props: true },
  ],
  messages,
  menu: [],
} satisfies Feature
