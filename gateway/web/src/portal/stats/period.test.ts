import { describe, expect, it } from 'vitest'
import {
  mapLimited,
  monthsOf,
  monthsToAsk,
  periodOf,
  problemOf,
  selectionFromQuery,
  selectionToQuery,
  todayInBeijing,
} from './period'

describe('period', () => {
  it('reads today in Beijing, not in the browser zone', () => {
    // 2026-11-30 17:00 UTC is already 1 December in Beijing
    expect(todayInBeijing(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01')
    expect(todayInBeijing(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11-30')
  })

  it('defaults to the current month and reads months or a year from the URL', () => {
    expect(selectionFromQuery({}, '2026-11-24')).toEqual({ kind: 'months', from: '2026-11', to: '2026-11' })
    expect(selectionFromQuery({ from: '2026-01', to: '2026-03' }, '2026-11-24')).toEqual({
      kind: 'months',
      from: '2026-01',
      to: '2026-03',
    })
    expect(selectionFromQuery({ from: '2026-02' }, '2026-11-24')).toEqual({ kind: 'months', from: '2026-02', to: '2026-02' })
    expect(selectionFromQuery({ from: '2026-13', to: 'x' }, '2026-11-24')).toEqual({
      kind: 'months',
      from: '2026-11',
      to: '2026-11',
    })
    expect(selectionFromQuery({ year: '2025', from: '2026-01' }, '2026-11-24')).toEqual({ kind: 'year', year: 2025 })
    expect(selectionFromQuery({ year: '1999' }, '2026-11-24').kind).toBe('months')
  })

  it('writes the selection back as URL query', () => {
    expect(selectionToQuery({ kind: 'year', year: 2026 })).toEqual({ year: '2026', from: undefined, to: undefined })
    expect(selectionToQuery({ kind: 'months', from: '2026-01', to: '2026-02' })).toEqual({
      year: undefined,
      from: '2026-01',
      to: '2026-02',
    })
  })

  it('sends whole days: first of the first month to the last of the last, leap years included', () => {
    expect(periodOf({ kind: 'months', from: '2024-01', to: '2024-02' })).toEqual({ from: '2024-01-01', to: '2024-02-29' })
    expect(periodOf({ kind: 'months', from: '2026-02', to: '2026-02' })).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(periodOf({ kind: 'months', from: '2025-11', to: '2026-12' }).to).toBe('2026-12-31')
    expect(periodOf({ kind: 'year', year: 2026 })).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })

  it('lists the months, across a year end, and only those begun by today', () => {
    expect(monthsOf({ kind: 'months', from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsOf({ kind: 'year', year: 2026 })).toHaveLength(12)
    expect(monthsToAsk({ kind: 'year', year: 2026 }, '2026-11-24')).toEqual([
      '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06',
      '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ])
    expect(monthsToAsk({ kind: 'months', from: '2027-01', to: '2027-02' }, '2026-11-24')).toEqual([])
  })

  it('refuses a reversed range and one longer than 12 months (the API takes 366 days)', () => {
    expect(problemOf({ kind: 'months', from: '2026-03', to: '2026-01' })).toBe('order')
    expect(problemOf({ kind: 'months', from: '2025-01', to: '2025-12' })).toBeNull()
    expect(problemOf({ kind: 'months', from: '2025-01', to: '2026-01' })).toBe('tooLong')
    expect(problemOf({ kind: 'year', year: 2024 })).toBeNull()
  })

  it('runs at most `limit` tasks at a time and keeps the order', async () => {
    let running = 0
    let most = 0
    const results = await mapLimited([5, 1, 3, 2, 4], 2, async (n) => {
      running++
      most = Math.max(most, running)
      await new Promise((r) => setTimeout(r, n))
      running--
      return n * 10
    })
    expect(results).toEqual([50, 10, 30, 20, 40])
    expect(most).toBe(2)
  })
})
