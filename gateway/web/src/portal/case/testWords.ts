import { createI18n } from 'vue-i18n'
import messages from './messages'
import type { Words } from './words'

/** The feature's real texts for tests, so assertions read the sentences staff will see. */
export function testWords(locale: 'zh-CN' | 'en'): Words {
  const i18n = createI18n({ legacy: false, locale, messages: messages as never })
  const g = i18n.global as unknown as { t: Words['t']; te: Words['te'] }
  return { t: (k, p) => g.t(k, p ?? {}), te: (k) => g.te(k), locale }
}
