import { createI18n } from 'vue-i18n'
import type { MessageBundle } from './feature'
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

/** The shell's texts plus each feature's bundle (features use their own top-level keys). */
export function createAppI18n(bundles: MessageBundle[] = []) {
  const zh: Record<string, unknown> = { ...zhCN }
  const english: Record<string, unknown> = { ...en }
  for (const bundle of bundles) {
    Object.assign(zh, bundle['zh-CN'])
    Object.assign(english, bundle.en)
  }
  return createI18n({
    legacy: false,
    locale: savedLocale(),
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zh, en: english } as never,
  })
}

export function saveLocale(locale: Locale): void {
  window.localStorage.setItem(KEY, locale)
  document.documentElement.lang = locale
}
