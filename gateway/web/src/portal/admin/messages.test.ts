import { createI18n } from 'vue-i18n'
import { describe, expect, it } from 'vitest'
import messages from './messages'

// Untyped on purpose: vue-i18n's typed createI18n/t over every key makes vue-tsc give up (TS2589).
type Translate = (key: string, values?: Record<string, unknown>) => string
const i18nOf = createI18n as unknown as (options: object) => { global: { t: Translate } }

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix]
  if (Array.isArray(value)) return value.flatMap((v, i) => keys(v, `${prefix}[${i}]`))
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('admin texts', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`compiles every ${locale} text (no stray { } @ | the message syntax would take)`, () => {
      const problems: string[] = []
      const original = console.warn
      console.warn = (...args: unknown[]) => problems.push(args.map(String).join(' '))
      try {
        const i18n = i18nOf({ legacy: false, locale, messages: { [locale]: messages[locale] } as never, missingWarn: true })
        const t = i18n.global.t
        for (const key of keys(messages[locale])) {
          let text = ''
          try {
            text = t(key, { n: 1, year: 2026, name: 'x', id: 'x', version: 1, next: 2, by: 'x', at: 'x', from: 'x', to: 'x', reason: 'x', message: 'x', created: 1, updated: 1, unchanged: 1, errors: 1, columns: 'x', min: 0, max: 1 })
          } catch (e) {
            problems.push(`${key}: ${(e as Error).message}`)
          }
          if (text === key) problems.push(`${key}: not found`)
        }
      } finally {
        console.warn = original
      }
      expect(problems).toEqual([])
    })
  }

  it('writes the literal characters the hints need', () => {
    const i18n = i18nOf({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': messages['zh-CN'] } as never })
    expect(i18n.global.t('admin.check.jsonObject')).toBe('须为 JSON 对象，如 {"/category": "LABOR"}')
    expect(i18n.global.t('admin.check.username')).toBe('账号只能由字母、数字及 . _ @ - 组成')
    expect(i18n.global.t('admin.calendar.weekdays[2]')).toBe('周二')
  })
})
