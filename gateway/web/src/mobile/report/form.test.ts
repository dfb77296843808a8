import { describe, expect, it } from 'vitest'
import { emptyForm, formFields, fromBody, serverErrors, titleOf, toBody, validate, type ReportForm } from './form'

const TODAY = '2026-11-24'

function filled(): ReportForm {
  const form = emptyForm('longhua.minzhi.minle', TODAY)
  form.category = 'NEIGHBOR'
  form.summary = '楼上卫生间漏水，双方协商未果'
  form.address = '民乐新村3栋502'
  form.parties[0] = { ...form.parties[0], name: '张三', idNumber: '11010519491231002x', phone: '+86 138-0013-8000' }
  form.parties[1] = { ...form.parties[1], name: '李四' }
  return form
}

describe('report form', () => {
  it('accepts a complete report and builds the body the server expects', () => {
    const form = filled()
    form.claimAmount = '12,000.5'
    expect(validate(form, TODAY)).toEqual({})
    const body = toBody(form, 'GRID_MOBILE')
    expect(body).toEqual({
      channel: 'GRID_MOBILE',
      category: 'NEIGHBOR',
      summary: '楼上卫生间漏水，双方协商未果',
      occurredAt: TODAY,
      location: { communityCode: 'longhua.minzhi.minle', gridCode: undefined, address: '民乐新村3栋502' },
      parties: [
        { role: 'APPLICANT', name: '张三', idNumber: '11010519491231002X', phone: '13800138000', organization: undefined },
        { role: 'RESPONDENT', name: '李四', idNumber: undefined, phone: undefined, organization: undefined },
      ],
      claimAmount: 12000.5,
    })
    // JSON leaves the absent optional fields out
    expect(JSON.stringify(body)).not.toContain('gridCode')
    expect(titleOf(body)).toEqual({ category: 'NEIGHBOR', applicant: '张三', summary: body.summary })
  })

  it("names each problem with the server's field name and the shared validators' reason", () => {
    const form = filled()
    form.category = ''
    form.occurredAt = '2026-11-25'
    form.claimAmount = '-3'
    form.parties[0].idNumber = '440306199001011235'
    form.parties[0].phone = '12345'
    form.parties[1].name = ' '
    form.parties[1].idNumber = '440306199001011'
    expect(validate(form, TODAY)).toEqual({
      category: { key: 'report.error.category' },
      occurredAt: { key: 'report.error.future' },
      claimAmount: { key: 'report.error.amount' },
      'parties[0].idNumber': { key: 'validation.id.checkDigit' },
      'parties[0].phone': { key: 'validation.mobile' },
      'parties[1].name': { key: 'report.error.required' },
      'parties[1].idNumber': { key: 'validation.id.legacy15' },
    })
  })

  it('asks for a phone number for the applicant only', () => {
    const form = filled()
    form.parties[0].phone = ''
    expect(validate(form, TODAY)).toEqual({ 'parties[0].phone': { key: 'report.error.applicantPhone' } })
  })

  it('refuses amounts the server would refuse', () => {
    const form = filled()
    for (const [amount, ok] of [['0', true], ['99.99', true], ['1.234', false], ['12345678901234', false], ['abc', false]] as const) {
      form.claimAmount = amount
      expect(validate(form, TODAY).claimAmount === undefined).toBe(ok)
    }
  })

  it('goes back from a queued body to the same form', () => {
    const form = filled()
    form.claimAmount = '300'
    const again = fromBody(toBody(form, 'GRID_MOBILE'))
    expect(toBody(again, 'GRID_MOBILE')).toEqual(toBody(form, 'GRID_MOBILE'))
  })

  it("puts the server's field errors next to the inputs and the rest above the form", () => {
    const form = filled()
    const known = new Set(formFields(form))
    expect(
      serverErrors(
        [
          { field: 'parties[1].phone', message: 'is not a valid mobile number' },
          { field: 'location.communityCode', message: 'is outside your org unit' },
          { field: 'body', message: 'is required' },
        ],
        (f) => known.has(f),
      ),
    ).toEqual({
      byField: {
        'parties[1].phone': 'is not a valid mobile number',
        'location.communityCode': 'is outside your org unit',
      },
      other: ['body: is required'],
    })
  })
})
