import { describe, expect, it } from 'vitest'
import type { Query } from '@shared/api'
import { loadReports } from './load'
import type { StatsReport } from './types'

function fakeApi() {
  const calls: Query[] = []
  return {
    calls,
    get: async <T>(path: string, query: Query = {}): Promise<T> => {
      expect(path).toBe('/stats')
      calls.push(query)
      return { scope: 'longhua', period: { from: query.from, to: query.to } } as unknown as T
    },
  }
}

describe('loading the reports', () => {
  it('asks once for a single month', async () => {
    const api = fakeApi()
    const { report, months } = await loadReports(api, { kind: 'months', from: '2026-10', to: '2026-10' }, '', '2026-11-24')
    expect(api.calls).toEqual([{ from: '2026-10-01', to: '2026-10-31', centerCode: undefined }])
    expect(months).toEqual([{ month: '2026-10', report }])
  })

  it('asks for the whole year, then each month begun so far, for the chosen center', async () => {
    const api = fakeApi()
    const { report, months } = await loadReports(api, { kind: 'year', year: 2026 }, 'longhua.minzhi', '2026-03-05')
    expect(api.calls[0]).toEqual({ from: '2026-01-01', to: '2026-12-31', centerCode: 'longhua.minzhi' })
    expect(api.calls.slice(1)).toEqual([
      { from: '2026-01-01', to: '2026-01-31', centerCode: 'longhua.minzhi' },
      { from: '2026-02-01', to: '2026-02-28', centerCode: 'longhua.minzhi' },
      { from: '2026-03-01', to: '2026-03-31', centerCode: 'longhua.minzhi' },
    ])
    expect((report as StatsReport).period.to).toBe('2026-12-31')
    expect(months.map((m) => [m.month, m.report.period.from])).toEqual([
      ['2026-01', '2026-01-01'],
      ['2026-02', '2026-02-01'],
      ['2026-03', '2026-03-01'],
    ])
  })

  it("reports the whole period's problem and asks nothing more", async () => {
    const calls: Query[] = []
    const api = {
      get: async <T>(_path: string, query: Query = {}): Promise<T> => {
        calls.push(query)
        throw new Error('404 center')
      },
    }
    await expect(loadReports(api, { kind: 'months', from: '2026-01', to: '2026-03' }, 'x', '2026-11-24')).rejects.toThrow('404 center')
    expect(calls).toHaveLength(1)
  })
})
