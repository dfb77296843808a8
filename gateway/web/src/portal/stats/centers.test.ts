import { describe, expect, it } from 'vitest'
import { centerOptions, covers } from './centers'
import type { OrgUnit } from './types'

const unit = (code: string, name: string, level: string): OrgUnit => ({
  code,
  name,
  level,
  parentCode: code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null,
  sample: false,
})

const TREE = [
  unit('longhua.minzhi.minle', '民乐社区', 'COMMUNITY'),
  unit('longhua', '龙华区', 'DISTRICT'),
  unit('longhua.minzhi-east', '民治东（虚构）', 'STREET'),
  unit('longhua.minzhi', '民治街道', 'STREET'),
  unit('longhua.minzhi.minle.g01', '民乐第一网格', 'GRID'),
  unit('longhua.guanlan', '观澜街道', 'STREET'),
  unit('longhua.minzhi.baishilong', '白石龙社区', 'COMMUNITY'),
]

describe('center options', () => {
  it('covers a code and its descendants, not a sibling sharing a prefix', () => {
    expect(covers('longhua.minzhi', 'longhua.minzhi')).toBe(true)
    expect(covers('longhua.minzhi', 'longhua.minzhi.minle')).toBe(true)
    expect(covers('longhua.minzhi', 'longhua.minzhi-east')).toBe(false)
  })

  it("lists the caller's own center first, then its centers below, without grids", () => {
    expect(centerOptions(TREE, 'longhua.minzhi')).toEqual([
      { code: 'longhua.minzhi', name: '民治街道', level: 'STREET', depth: 0 },
      { code: 'longhua.minzhi.baishilong', name: '白石龙社区', level: 'COMMUNITY', depth: 1 },
      { code: 'longhua.minzhi.minle', name: '民乐社区', level: 'COMMUNITY', depth: 1 },
    ])
  })

  it('keeps a parent directly before its children for the district', () => {
    expect(centerOptions(TREE, 'longhua').map((o) => o.code)).toEqual([
      'longhua',
      'longhua.guanlan',
      'longhua.minzhi',
      'longhua.minzhi.baishilong',
      'longhua.minzhi.minle',
      'longhua.minzhi-east',
    ])
  })

  it('offers nothing without an org unit', () => {
    expect(centerOptions(TREE, null)).toEqual([])
  })
})
