/**
 * The server's rules for what a person types, so a form can say what is wrong as they type.
 * Mirrors services/intake: domain/ResidentIdNumber.java and domain/MobileNumber.java. The server
 * stays the authority; a change there must be made here too (the tests share its sample numbers).
 */

/** Why a resident ID number is refused; each has a message in the locales under `validation.id.*`. */
export type IdProblem =
  | 'legacy15'
  | 'length'
  | 'region'
  | 'birthDate'
  | 'birthRange'
  | 'checkDigit'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2']

/** GB/T 2260 province-level codes, plus 81–83 of the HK/Macau/Taiwan residence permits. */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64',
  '65', '71', '81', '82', '83',
])

/**
 * Why `number` is not a valid 18-digit GB 11643-1999 number, or null when it is. `today` is the
 * local date as YYYY-MM-DD (a birth date after it is out of range, as is one before 1880).
 */
export function residentIdProblem(number: string, today: string): IdProblem | null {
  if (/^\d{15}$/.test(number)) return 'legacy15'
  if (!/^\d{17}[0-9X]$/.test(number)) return 'length'
  if (!PROVINCES.has(number.substring(0, 2))) return 'region'
  const year = Number(number.substring(6, 10))
  const month = Number(number.substring(10, 12))
  const day = Number(number.substring(12, 14))
  if (!isCalendarDate(year, month, day)) return 'birthDate'
  const birth = number.substring(6, 14)
  if (birth > today.replaceAll('-', '') || birth < '18800101') return 'birthRange'
  if (checkCharacter(number) !== number.charAt(17)) return 'checkDigit'
  return null
}

export function checkCharacter(number: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(number.charAt(i)) * WEIGHTS[i]
  return CHECK[sum % 11]
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return day <= days[month - 1]
}

/** Mainland China mobile numbers: 11 digits starting 13–19, with an optional +86 prefix. */
export function isValidMobile(phone: string | null | undefined): boolean {
  return phone != null && /^1[3-9]\d{9}$/.test(normaliseMobile(phone))
}

/** The form the server hashes and stores, so "+86 138…" and "138…" find each other. */
export function normaliseMobile(phone: string): string {
  // Java's \s is ASCII whitespace only; JavaScript's would also strip U+3000 and NBSP.
  const compact = phone.replace(/[ \t\n\x0B\f\r-]/g, '')
  return compact.startsWith('+86') ? compact.substring(3) : compact
}

/** Today in China (the server's zone), as YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
}
