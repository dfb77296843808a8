import { describe, expect, it } from 'vitest'
import type { Api } from '../../shared/api'
import { activeCategories, cachedList, communitiesFor, gridsOf, loadList, type OrgUnit } from './lists'

const UNITS: OrgUnit[] = [
  { code: 'longhua', name: '龙华区', level: 'DISTRICT', parentCode: null },
  { code: 'longhua.minzhi', name: '民治街道', level: 'STREET', parentCode: 'longhua' },
  { code: 'longhua.minzhi.minle', name: '民乐社区', level: 'COMMUNITY', parentCode: 'longhua.minzhi' },
  { code: 'longhua.minzhi.baishilong', name: '白石龙社区', level: 'COMMUNITY', parentCode: 'longhua.minzhi' },
  { code: 'longhua.guanlan.guihua', name: '桂花社区', level: 'COMMUNITY', parentCode: 'longhua.guanlan' },
]

function memoryStorage(): Storage {
  const m = new Map<string, string>()
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
  } as Storage
}

describe('reference lists', () => {
  it("offers a community mediator their community and a street's staff the street's communities", () => {
    expect(communitiesFor(UNITS, 'longhua.minzhi.minle').map((u) => u.code)).toEqual(['longhua.minzhi.minle'])
    expect(communitiesFor(UNITS, 'longhua.minzhi').map((u) => u.code)).toEqual([
      'longhua.minzhi.minle',
      'longhua.minzhi.baishilong',
    ])
    expect(communitiesFor(UNITS, null)).toEqual([])
  })

  it('finds grids only where the tree has them', () => {
    expect(gridsOf(UNITS, 'longhua.minzhi.minle')).toEqual([])
    const grid = { code: 'longhua.minzhi.minle.g01', name: '第一网格', level: 'GRID', parentCode: 'longhua.minzhi.minle' }
    expect(gridsOf([...UNITS, grid], 'longhua.minzhi.minle')).toEqual([grid])
  })

  it('leaves inactive categories out', () => {
    expect(activeCategories([{ code: 'A', name: 'a' }, { code: 'B', name: 'b', active: false }])).toEqual([
      { code: 'A', name: 'a' },
    ])
  })

  it('falls back to the last loaded list when offline', async () => {
    const storage = memoryStorage()
    let online = true
    const api = {
      get: async () => {
        if (!online) throw new TypeError('Failed to fetch')
        return [{ code: 'LABOR', name: '劳动争议' }]
      },
    } as unknown as Api
    expect(await loadList(api, '/categories', storage)).toEqual({ data: [{ code: 'LABOR', name: '劳动争议' }], cached: false })
    online = false
    expect(await loadList(api, '/categories', storage)).toEqual({ data: [{ code: 'LABOR', name: '劳动争议' }], cached: true })
    await expect(loadList(api, '/org-units', storage)).rejects.toThrow('Failed to fetch')
    expect(cachedList('/categories', storage)).toEqual([{ code: 'LABOR', name: '劳动争议' }])
    expect(cachedList('/org-units', storage)).toBeNull()
  })
})
