import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { ND331_2026 } from '../../domain/rule-set'
import { dateRule, fromFormValues, toFormValues } from './rule-set-form'

type Validator = (rule: object, value: unknown) => Promise<void>
const validateDate = (value: unknown) => (dateRule as { validator: Validator }).validator({}, value)

describe('the rule-set form', () => {
  it('turns the edited values back into the rule set, dates as YYYY-MM-DD, the version bumped', () => {
    const values = {
      ...toFormValues(ND331_2026),
      name: ' Hải Phòng 2027 ',
      approvalDeadline: dayjs('2027-03-31'),
      dueSoonDays: 60,
    }
    expect(fromFormValues(ND331_2026, values)).toEqual({
      ...ND331_2026,
      name: 'Hải Phòng 2027',
      approvalDeadline: '2027-03-31',
      dueSoonDays: 60,
      version: 2,
    })
  })

  it('accepts a real date and refuses an empty or impossible one', async () => {
    await expect(validateDate(dayjs('2024-02-29'))).resolves.toBeUndefined()
    await expect(validateDate(null)).rejects.toThrow('Cần nhập một ngày hợp lệ (dd/mm/yyyy).')
    await expect(validateDate(dayjs('not a date'))).rejects.toThrow('Cần nhập một ngày hợp lệ (dd/mm/yyyy).')
  })
})
