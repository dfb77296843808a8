import { describe, expect, it } from 'vitest'
import { describeDecision, whyNot } from './routing'
import { testWords } from './testWords'
import type { RoutingDecision } from './types'

const names: Record<string, string> = {
  longhua: '龙华区',
  'longhua.minzhi': '民治街道',
  'longhua.minzhi.minle': '民乐社区',
}
const name = (code: string) => names[code] ?? code

const routed: RoutingDecision = {
  disputeId: 'd1',
  centerCode: 'longhua.minzhi',
  centerLevel: 'STREET',
  mediationType: 'PEOPLES',
  flags: ['MAJOR_CONSULTATION'],
  rule: 'labor-many-workers',
  decidedAt: '2026-11-24T02:00:00Z',
  trace: {
    rule: 'labor-many-workers',
    ruleVersion: 2,
    explanation: '十人以上的劳动争议由街道统筹调解。',
    inputs: { category: 'LABOR', communityCode: 'longhua.minzhi.minle', claimAmount: 12000, applicants: 12, parties: 13, channel: 'GRID_MOBILE', sourcePlatform: null },
    alternatives: [{ centerCode: 'longhua.minzhi.minle', level: 'COMMUNITY', whyNot: 'the rule sends this dispute to a higher level' }],
    laterMatchingRules: ['community-of-location'],
  },
}

const escalated: RoutingDecision = {
  ...routed,
  centerCode: 'longhua',
  centerLevel: 'DISTRICT',
  flags: [],
  rule: 'transfer-escalation',
  decidedAt: '2026-11-25T06:30:00Z',
  trace: {
    rule: 'transfer-escalation',
    ruleVersion: 1,
    explanation: '由longhua.minzhi上移至longhua：涉及多个街道',
    inputs: { fromCenterCode: 'longhua.minzhi', toCenterCode: 'longhua', reason: '涉及多个街道', by: 'staff.minzhi' },
    alternatives: [],
    laterMatchingRules: [],
  },
}

describe('describeDecision', () => {
  it('explains a rule decision in Chinese with the rule, the center, the facts and the alternatives', () => {
    const words = describeDecision(routed, name, testWords('zh-CN'))
    expect(words.sentence).toMatch(/^2026年11月24日.*依据分流规则“labor-many-workers”（第2版），由民治街道受理，按人民调解办理。$/)
    expect(words.details).toEqual([
      '规则说明：十人以上的劳动争议由街道统筹调解。',
      '所依据的信息：纠纷类别 劳动争议、发生地 民乐社区、标的额 12,000.00 元、申请人 12 人、来源 网格员上报。',
      '同时标记为：重大事项会商。',
      '未选民乐社区：规则要求由上级中心受理',
      '其后还匹配的规则：community-of-location（按顺序以在前者为准）。',
    ])
  })
  it('explains a staff transfer in English with who, from, to and why', () => {
    const words = describeDecision(escalated, name, testWords('en'))
    expect(words.sentence).toMatch(/: staff\.minzhi escalated it from 民治街道 to 龙华区\.$/)
    expect(words.details).toEqual(['Reason: 涉及多个街道'])
  })
  it('translates the reasons routing gives for centers not chosen, and keeps unknown ones as written', () => {
    const zh = testWords('zh-CN')
    expect(whyNot('its CENTER_ACK clock ran out there', zh)).toBe('该中心“中心签收”时限已届满')
    expect(whyNot('transferred away by staff.minle', zh)).toBe('已由 staff.minle 移出')
    expect(whyNot('something new', zh)).toBe('something new')
  })
  it('names the system for an automatic escalation', () => {
    const auto = { ...escalated, rule: 'auto-escalation', trace: { ...escalated.trace!, rule: 'auto-escalation', inputs: { fromCenterCode: 'longhua.minzhi', by: 'system' } } }
    expect(describeDecision(auto, name, testWords('zh-CN')).sentence).toMatch(/民治街道调解未成功，系统依自动上移规则将本案移交龙华区。$/)
  })
})
