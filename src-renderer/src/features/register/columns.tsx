/**
 * The columns of the register table: fixed widths (the virtual table needs them), renderers that
 * only format precomputed values, and sorters that compare precomputed ranks (register-index.ts)
 * so that sorting 20,000 rows never collates text.
 */
import { Flex, Tooltip, type TableColumnsType } from 'antd'
import { Link } from 'react-router'
import { formatViDate } from '../../domain/calendar-date'
import type { ApprovalStatus, AssessmentStatus, DeploymentStatus } from '../../domain/evaluate'
import type { EvaluatedSystem } from '../../domain/register'
import { DOSSIER_STATES } from '../../domain/types'
import { DOSSIER_STATE_LABEL, LEVEL_LABEL } from '../../domain/vocabulary'
import { lawText } from '../../i18n/law'
import { registerText } from '../../i18n/register'
import { PATHS } from '../../paths'
import { OPTIONAL_COLUMNS, type OptionalColumn } from '../../stores/register-columns'
import { blockOf, unitNameOf, type RegisterIndex } from './register-index'
import { approvalTag, assessmentTag, belowCriteriaTag, deploymentTag } from './status-tags'
import { StatusTag } from './StatusTag'
import styles from './RegisterPage.module.css'

type Column = TableColumnsType<EvaluatedSystem>[number] & { width: number }

/** Most urgent first when sorted ascending: overdue, then pending / due soon, then done, then n.a. */
const URGENCY: Record<ApprovalStatus | DeploymentStatus | AssessmentStatus, number> = {
  overdue: 0,
  due_soon: 1,
  pending: 1,
  ok: 2,
  approved: 2,
  deployed: 2,
  not_applicable: 3,
}

const byNumber =
  (key: (r: EvaluatedSystem) => number) =>
  (a: EvaluatedSystem, b: EvaluatedSystem): number =>
    key(a) - key(b)

/** Dates ascending, systems without a date after every dated one. */
function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

const t = registerText.columns

/**
 * Widths chosen so the essentials (name, unit, level, dossier, approval, deployment, next
 * assessment and its state) fit an office PC's 1366 px — and 1280 px — without scrolling sideways:
 * the name wraps to two lines instead of being cut, tags sit under a level, headers may wrap.
 */
export const NAME_COLUMN_WIDTH = 176
export const SELECTION_COLUMN_WIDTH = 40

function optionalColumns(index: RegisterIndex): Record<OptionalColumn, Column> {
  return {
    unit: {
      key: 'unit',
      title: t.unit,
      width: 124,
      sorter: byNumber(index.unitRank),
      render: (_, r) => (
        <span data-testid="row-unit" className={styles.twoLines} title={unitNameOf(r)}>
          {unitNameOf(r)}
        </span>
      ),
    },
    block: {
      key: 'block',
      title: t.block,
      width: 160,
      ellipsis: true,
      sorter: byNumber(index.blockRank),
      render: (_, r) => blockOf(r),
    },
    level: {
      key: 'level',
      title: t.level,
      // The "below the criteria" tag goes under the level.
      width: 84,
      sorter: byNumber((r) => r.system.level ?? 6),
      render: (_, r) => {
        const calledFor = index.belowCriteria(r)
        return (
          <Flex gap={4} vertical align="flex-start">
            <span data-testid="row-level">{LEVEL_LABEL(r.system.level)}</span>
            {calledFor !== undefined && (
              <Tooltip title={lawText.flag.tagTitle(calledFor)}>
                <span data-testid="row-below-criteria">
                  <StatusTag spec={belowCriteriaTag()} />
                </span>
              </Tooltip>
            )}
          </Flex>
        )
      },
    },
    dossier: {
      key: 'dossier',
      title: t.dossier,
      width: 124,
      sorter: byNumber((r) => DOSSIER_STATES.indexOf(r.system.dossierState)),
      render: (_, r) => DOSSIER_STATE_LABEL[r.system.dossierState],
    },
    approval: {
      key: 'approval',
      title: t.approval,
      width: 128,
      sorter: byNumber((r) => URGENCY[r.evaluation.approval]),
      render: (_, r) => <StatusTag spec={approvalTag(r.evaluation.approval)} />,
    },
    deployment: {
      key: 'deployment',
      title: t.deployment,
      width: 128,
      sorter: byNumber((r) => URGENCY[r.evaluation.deployment]),
      render: (_, r) => <StatusTag spec={deploymentTag(r.evaluation.deployment)} />,
    },
    assessment: {
      key: 'assessment',
      title: t.assessment,
      width: 128,
      sorter: byNumber((r) => URGENCY[r.evaluation.assessment]),
      render: (_, r) => <StatusTag spec={assessmentTag(r.evaluation.assessment)} />,
    },
    nextAssessment: {
      key: 'nextAssessment',
      title: t.nextAssessment,
      width: 100,
      sorter: (a, b) => byDate(a.evaluation.nextAssessmentDue, b.evaluation.nextAssessmentDue),
      render: (_, r) => formatViDate(r.evaluation.nextAssessmentDue),
    },
  }
}

/** The visible columns, name first, in a fixed order. */
export function registerColumns(index: RegisterIndex, hidden: readonly OptionalColumn[]): Column[] {
  const name: Column = {
    key: 'name',
    title: t.name,
    width: NAME_COLUMN_WIDTH,
    fixed: 'left',
    sorter: byNumber(index.nameRank),
    render: (_, r) => (
      <Link to={PATHS.system(r.system.id)} title={r.system.name} className={styles.twoLines}>
        {r.system.name}
      </Link>
    ),
  }
  const optional = optionalColumns(index)
  const shown = OPTIONAL_COLUMNS.filter((k) => !hidden.includes(k))
  return [name, ...shown.map((k) => optional[k])]
}

export function columnsWidth(columns: readonly Column[]): number {
  return columns.reduce((sum, c) => sum + c.width, SELECTION_COLUMN_WIDTH)
}
