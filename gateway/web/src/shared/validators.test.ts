import { describe, expect, it } from 'vitest'
import { isValidMobile, normaliseMobile, residentIdProblem, todayInChina } from './validators'

// The sample numbers and the date are those of services/intake's ResidentIdNumberTest and
// MaskingTest, so both sides are held to the same cases.
const TODAY = '2026-11-23'

describe('resident ID number (GB 11643)', () => {
  it.each(['440306199001011236', '440306198512310022', '11010519491231002X'])(
    'accepts %s with its check character',
    (number) => expect(residentIdProblem(number, TODAY)).toBeNull(),
  )

  it.each([
    ['440306199001011235', 'checkDigit'],
    ['44030619900101123', 'length'],
    ['4403061990010112361', 'length'],
    ['44030619900101123x', 'length'],
    ['440306199002301230', 'birthDate'],
    ['440306203001011230', 'birthRange'],
    ['000306199001011236', 'region'],
    ['440306900101123', 'legacy15'],
  ])('rejects %s: %s', (number, reason) => {
    expect(residentIdProblem(number, TODAY)).toBe(reason)
  })

  it('accepts 29 February only in a leap year', () => {
    // 20000229 is a date (2000 is a leap year); 19000229 is not (1900 is not).
    expect(residentIdProblem('440306200002291234', TODAY)).not.toBe('birthDate')
    expect(residentIdProblem('440306190002291234', TODAY)).toBe('birthDate')
  })

  it('refuses a birth date before 1880', () => {
    expect(residentIdProblem('440306187912311234', TODAY)).toBe('birthRange')
  })
})

describe('mobile number', () => {
  it('accepts the country prefix, spaces and dashes, and rejects landlines', () => {
    expect(isValidMobile('13812345678')).toBe(true)
    expect(isValidMobile('+86 138-1234-5678')).toBe(true)
    expect(normaliseMobile('+86 138-1234-5678')).toBe('13812345678')
    expect(isValidMobile('0755-12345678')).toBe(false)
    expect(isValidMobile('12812345678')).toBe(false)
    expect(isValidMobile('1381234567')).toBe(false)
    expect(isValidMobile(null)).toBe(false)
  })

  it('strips only ASCII whitespace, as the server does', () => {
    expect(isValidMobile('138\u30001234\u30005678')).toBe(false)
  })
})

describe('today in China', () => {
  it('is already the next day at 16:00 UTC', () => {
    expect(todayInChina(new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24')
    expect(todayInChina(new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23')
  })
})
