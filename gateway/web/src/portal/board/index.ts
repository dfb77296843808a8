import type { Feature } from '@shared/feature'
import BoardView from './BoardView.vue'
import messages from './messages'

export default {
  routes: [
    { path: '/board', name: 'board', component: BoardView },
  ],
  messages,
  menu: [{ path: '/board', label: 'nav.board', roles: ['center-staff', 'admin'] }],
} satisfies Feature
