import 'vant/lib/index.css'
import { createApp } from 'vue'
import { createRouter, createWebHistory } from 'vue-router'
import type { Feature } from '@shared/feature'
import { createAppI18n } from '@shared/i18n'
import { SESSION, showLoginFailure, startSession } from '@shared/session'
import App from './App.vue'
import queue from './queue'
import report from './report'
import MeView from './views/MeView.vue'

const FEATURES: Feature[] = [queue, report, { routes: [{ path: '/me', name: 'me', component: MeView }] }]

const i18n = createAppI18n(FEATURES.flatMap((f) => (f.messages ? [f.messages] : [])))
const session = await startSession(import.meta.env.BASE_URL, () => i18n.global.locale.value).catch(
  showLoginFailure,
)

const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [...FEATURES.flatMap((f) => f.routes), { path: '/:rest(.*)*', redirect: '/' }],
})

createApp(App).use(i18n).use(router).provide(SESSION, session).mount('#app')
