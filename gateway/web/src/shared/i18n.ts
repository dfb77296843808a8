import { createI18n } from 'vue-i18n'
import en from './locales/en'
import zhCN from './locales/zh-CN'

export type Locale = 'zh-CN' | 'en'
export const LOCALES: Locale[] = ['zh-CN', 'en']
const KEY = 'jiefen.locale'

/** Chinese first; English when the user chose it (remembered in this browser). */
export function savedLocale(): Locale {
  const saved = window.localStorage.getItem(KEY)
  return saved === 'en' ? 'en' : 'zh-CN'
}

export function createAppI18n() {
  return createI18n({
    legacy: false,
    locale: savedLocale(),
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en },
  })
}

export function saveLocale(locale: Locale): void {
  window.localStorage.setItem(KEY, locale)
  document.documentElement.lang = locale
}
