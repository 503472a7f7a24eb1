import { describe, expect, it } from 'vitest'
import { FIXTURE_AS_OF, FIXTURE_UNITS, fixtureRegister } from '../../domain/test-support/report-fixture'
import { DEFAULT_REPORT_SETTINGS } from '../../domain/report/settings'
import { ND85_CT09_2024 } from '../../domain/rule-set'
import { readInventoryWorkbook } from '../import/read-workbook'
import { buildReportWorkbook } from './report-workbook'

describe('an exported report imports back without loss', () => {
  it('gives back every field of every system from Danh mục, under its stable id', async () => {
    const register = fixtureRegister()
    const bytes = await buildReportWorkbook({
      register,
      ruleSet: ND85_CT09_2024,
      asOf: FIXTURE_AS_OF,
      settings: DEFAULT_REPORT_SETTINGS,
    })
    const result = await readInventoryWorkbook(bytes)
    expect(result.sheetName).toBe('Danh mục')
    expect(result.ignoredColumns).toEqual([])

    const unitsById = new Map(FIXTURE_UNITS.map((u) => [u.id, u]))
    const withUnit = register.rows.filter((r) => r.unit)
    expect(result.rows).toHaveLength(withUnit.length)
    for (const { system, lastAssessedOn } of withUnit) {
      const unit = unitsById.get(system.unitId)
      const record = result.rows.find((r) => r.record.id === system.id)?.record
      expect(record).toEqual({
        id: system.id,
        name: system.name,
        unit: unit?.name,
        block: unit?.block,
        owner: system.owner,
        level: system.level,
        systemType: system.systemType,
        informationTypes: system.informationTypes,
        dossierState: system.dossierState,
        submittedOn: system.submittedOn,
        appraisedOn: system.appraisedOn,
        decisionNo: system.decisionNo,
        approvedOn: system.approvedOn,
        approvalIssuer: system.approvalIssuer,
        securityRulesNo: system.securityRulesNo,
        securityRulesOn: system.securityRulesOn,
        securityRulesIssuer: system.securityRulesIssuer,
        deploymentState: system.deploymentState,
        deployedOn: system.deployedOn,
        investmentStartedOn: system.investmentStartedOn ?? null,
        expectedApprovalOn: system.expectedApprovalOn,
        expectedDeploymentOn: system.expectedDeploymentOn,
        lastAssessedOn,
        commissionedOn: system.commissionedOn,
        description: system.description,
        notes: system.notes,
      })
    }
  })

  it('flags a system whose unit was deleted instead of inventing a unit for it', async () => {
    const bytes = await buildReportWorkbook({
      register: fixtureRegister(),
      ruleSet: ND85_CT09_2024,
      asOf: FIXTURE_AS_OF,
      settings: DEFAULT_REPORT_SETTINGS,
      sheets: ['register'],
    })
    const { errors } = await readInventoryWorkbook(bytes)
    expect(errors.map((e) => [e.field, e.value])).toEqual([['unit', '']])
  })
})
