/**
 * What the export screen writes imports back unchanged: the demo register (300 systems of the 95
 * units of Hải Phòng) exported by the report worker's job, read back as an inventory and planned
 * against the same register, adds nothing, updates nothing and gives every field back.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateDemoDataset, type DemoDataset } from '../demo/generate'
import { parseUnitsCsv } from '../demo/units-csv'
import { lastAssessmentDates } from '../domain/register'
import { defaultReportSheets } from '../domain/report/build'
import { DEFAULT_REPORT_SETTINGS } from '../domain/report/settings'
import { ND85_CT09_2024 } from '../domain/rule-set'
import { planImport } from '../domain/inventory/plan-import'
import type { InventoryParseResult } from '../domain/inventory/types'
import { buildReportFromData } from '../workers/report-job'
import { readInventoryWorkbook } from './import/read-workbook'

const AS_OF = '2026-11-23'

let demo: DemoDataset
let parsed: InventoryParseResult

beforeAll(async () => {
  // The CSV the app bundles as HAI_PHONG_UNITS (demo/hai-phong-units.ts), read as Node code reads it.
  const csv = readFileSync(resolve(__dirname, '../../../resources/seed/don-vi-mau-hai-phong.csv'), 'utf8')
  demo = generateDemoDataset({ seed: 2024, asOf: AS_OF, seedUnits: parseUnitsCsv(csv) })
  const bytes = await buildReportFromData({
    ...demo,
    ruleSet: ND85_CT09_2024,
    asOf: AS_OF,
    settings: DEFAULT_REPORT_SETTINGS,
    sheets: defaultReportSheets(ND85_CT09_2024),
  })
  parsed = await readInventoryWorkbook(bytes)
})

describe('the exported report imports back into the register it came from', () => {
  it('reads the register sheet without an error or an unknown column', () => {
    expect(parsed.sheetName).toBe('Danh mục')
    expect(parsed.errors).toEqual([])
    expect(parsed.ignoredColumns).toEqual([])
    expect(parsed.rows).toHaveLength(300)
  })

  it('plans nothing to add, nothing to update and no new unit: all 300 systems are unchanged', () => {
    const plan = planImport(parsed.rows, demo)
    expect(plan.add).toHaveLength(0)
    expect(plan.update).toEqual([])
    expect(plan.newUnits).toEqual([])
    expect(plan.unchanged.map((r) => r.systemId).sort()).toEqual(demo.systems.map((s) => s.id).sort())
  })

  it('gives back every field of every system under its stable id', () => {
    const unitsById = new Map(demo.units.map((u) => [u.id, u]))
    const latest = lastAssessmentDates(demo.assessments)
    const byId = new Map(parsed.rows.map((r) => [r.record.id, r.record]))
    for (const system of demo.systems) {
      const unit = unitsById.get(system.unitId)
      expect(byId.get(system.id)).toEqual({
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
        lastAssessedOn: latest.get(system.id) ?? null,
        commissionedOn: system.commissionedOn,
        description: system.description,
        notes: system.notes,
      })
    }
  })
})
