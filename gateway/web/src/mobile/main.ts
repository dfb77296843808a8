import 'vant/lib/index.css'
import { createApp } from 'vue'
import { createRouter, createWebHistory } from 'vue-router'
import { createAppI18n } from '@shared/i18n'
import { SESSION, showLoginFailure, startSession } from '@shared/session'
import App from './App.vue'
import MeView from './views/MeView.vue'
import QueueView from './views/QueueView.vue'

const i18n = createAppI18n()
const session = await startSession(import.meta.env.BASE_URL, () => i18n.global.locale.value).catch(
  showLoginFailure,
)

const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'queue', component: QueueView },
    { path: '/me', name: 'me', component: MeView },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})

createApp(App).use(i18n).use(router).provide(SESSION, session).mount('#app')
