import { describe, expect, it } from 'vitest'
import { transferTargets } from './transfer'
import type { OrgUnit } from './types'

const unit = (code: string, level: string, parentCode: string | null = null): OrgUnit => ({ code, name: code, level, parentCode, sample: false })
const tree = [
  unit('longhua', 'DISTRICT'),
  unit('longhua.minzhi', 'STREET', 'longhua'),
  unit('longhua.minzhi.minle', 'COMMUNITY', 'longhua.minzhi'),
  unit('longhua.minzhi.minle.g01', 'GRID', 'longhua.minzhi.minle'),
  unit('longhua.minzhi.baishilong', 'COMMUNITY', 'longhua.minzhi'),
  unit('longhua.guanlan', 'STREET', 'longhua'),
  unit('longhua.guanlan.guihua', 'COMMUNITY', 'longhua.guanlan'),
]
const codes = (us: OrgUnit[]) => us.map((u) => u.code)

describe('transferTargets', () => {
  it('lets community staff escalate to the street and the district, and refer nowhere', () => {
    const t = transferTargets(tree, 'longhua.minzhi.minle', 'longhua.minzhi.minle')
    expect(codes(t.up)).toEqual(['longhua.minzhi', 'longhua'])
    expect(codes(t.down)).toEqual([])
  })
  it('lets street staff refer down to their own communities, never a grid or another street', () => {
    const t = transferTargets(tree, 'longhua.minzhi', 'longhua.minzhi')
    expect(codes(t.up)).toEqual(['longhua'])
    expect(codes(t.down)).toEqual(['longhua.minzhi.baishilong', 'longhua.minzhi.minle'])
  })
  it('lets district staff move a community dispute sideways anywhere in the district', () => {
    const t = transferTargets(tree, 'longhua.minzhi.minle', 'longhua')
    expect(codes(t.up)).toEqual(['longhua.minzhi', 'longhua'])
    expect(codes(t.down)).toEqual(['longhua.guanlan', 'longhua.guanlan.guihua', 'longhua.minzhi.baishilong'])
  })
})
