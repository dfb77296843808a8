/** A date-time as people in China read it, whatever the browser's zone. */
export function dateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso))
}
