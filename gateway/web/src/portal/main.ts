import 'element-plus/dist/index.css'
import { createApp } from 'vue'
import { createRouter, createWebHistory } from 'vue-router'
import { menuFor } from '@shared/feature'
import { createAppI18n } from '@shared/i18n'
import { SESSION, showLoginFailure, startSession } from '@shared/session'
import App from './App.vue'
import { FEATURES } from './features'

const i18n = createAppI18n(FEATURES.flatMap((f) => (f.messages ? [f.messages] : [])))
const session = await startSession(import.meta.env.BASE_URL, () => i18n.global.locale.value).catch(
  showLoginFailure,
)
// A court clerk lands on the court view, staff on their inbox: the first menu entry they may see.
const home = menuFor(FEATURES, session.claims.roles)[0]?.path ?? '/inbox'

const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', redirect: home },
    ...FEATURES.flatMap((f) => f.routes),
    { path: '/:rest(.*)*', redirect: home },
  ],
})

createApp(App).use(i18n).use(router).provide(SESSION, session).mount('#app')
