/**
 * The dossier checklist: every part the law lists, those required at the system's level first and
 * the others greyed, each ticked with the day it was done (a write with its history entry); what is
 * still missing for the level; and the security rules counted as present once the system records
 * their number and date.
 */
import { Alert, App, Card, Checkbox, Flex, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useDb } from '../../../db/hooks'
import type { AttachmentInfo } from '../../../db/repos/attachments'
import { updateSystem } from '../../../db/repos/systems'
import { isIsoDate, vietnamDate, type IsoDate } from '../../../domain/calendar-date'
import {
  DOSSIER_PART_SPECS,
  missingParts,
  partSpec,
  type DossierPart,
  type TickedPart,
} from '../../../domain/law/dossier-checklist'
import type { RuleSet } from '../../../domain/rule-set'
import type { SystemRecord } from '../../../domain/types'
import { reportError } from '../../../errors/to-user-message'
import { lawText } from '../../../i18n/law'
import { PartAttachmentSelect } from '../attachments/PartAttachmentSelect'
import { DateField } from '../form/DateField'
import { wizardRegime } from './wizard-values'

const c = lawText.checklist

interface ChecklistCardProps {
  system: SystemRecord
  ruleSet: RuleSet
  ruleSets: readonly RuleSet[]
  /** The system's attachments: a ticked part can name the one that holds it. */
  attachments?: readonly AttachmentInfo[]
}

/** Security rules recorded on the system (number and date) count as that part present. */
export function rulesRecorded(system: Pick<SystemRecord, 'securityRulesNo' | 'securityRulesOn'>): boolean {
  return system.securityRulesNo.trim() !== '' && system.securityRulesOn !== null
}

export function ChecklistCard({ system, ruleSet, ruleSets, attachments }: ChecklistCardProps) {
  const db = useDb()
  const { message } = App.useApp()
  const [badDate, setBadDate] = useState<DossierPart | null>(null)
  const { regime } = useMemo(() => wizardRegime(system, ruleSets, ruleSet), [system, ruleSets, ruleSet])
  const ticked = useMemo(
    () => new Map(system.dossierChecklist.map((t) => [t.part, t])),
    [system.dossierChecklist],
  )
  const recorded = rulesRecorded(system)
  const level = system.level

  async function save(next: TickedPart[]) {
    try {
      await updateSystem(db, system.id, { dossierChecklist: next })
      message.success(c.saved)
    } catch (error) {
      message.error(reportError(error))
    }
  }

  const toggle = (part: DossierPart, on: boolean) =>
    save(
      on
        ? [...system.dossierChecklist, { part, on: vietnamDate(new Date()) }]
        : system.dossierChecklist.filter((t) => t.part !== part),
    )

  const linkFile = (part: DossierPart, fileId: string | null) =>
    save(system.dossierChecklist.map((t) => (t.part === part ? { ...t, fileId } : t)))

  function changeDate(part: DossierPart, value: string | null) {
    if (value !== null && !isIsoDate(value)) {
      setBadDate(part)
      return
    }
    setBadDate(null)
    void save(
      system.dossierChecklist.map((t) => (t.part === part ? { ...t, on: value as IsoDate | null } : t)),
    )
  }

  if (level === null) {
    return (
      <Card title={c.title} data-testid="dossier-checklist">
        <Typography.Text type="secondary">{c.noLevel}</Typography.Text>
      </Card>
    )
  }

  const missing = missingParts(
    level,
    recorded ? [...system.dossierChecklist, 'security_rules'] : system.dossierChecklist,
  )
  // The parts this level requires first, in the law's order; the optional ones after, greyed.
  const specs = [
    ...DOSSIER_PART_SPECS.filter((s) => level >= s.fromLevel),
    ...DOSSIER_PART_SPECS.filter((s) => level < s.fromLevel),
  ]

  return (
    <Card title={c.title} data-testid="dossier-checklist">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {c.intro(level)}
      </Typography.Paragraph>
      <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 12px' }}>
        {specs.map((spec) => {
          const required = level >= spec.fromLevel
          const tick = ticked.get(spec.part)
          const byRecord = spec.part === 'security_rules' && recorded && !tick
          return (
            <li
              key={spec.part}
              data-testid={`checklist-${spec.part}`}
              style={{ opacity: required ? 1 : 0.55, padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}
            >
              <Flex vertical gap={4}>
                <Checkbox
                  checked={tick !== undefined || byRecord}
                  disabled={byRecord}
                  onChange={(e) => void toggle(spec.part, e.target.checked)}
                >
                  {spec.label}
                </Checkbox>
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 24 }}>
                  {spec.citation[regime]}
                  {!required && ` · ${c.notRequired(spec.fromLevel)}`}
                  {byRecord && ` · ${c.rulesRecorded}`}
                </Typography.Text>
                {tick && (
                  <Flex align="center" gap={8} style={{ marginInlineStart: 24 }}>
                    <label htmlFor={`checklist-date-${spec.part}`} style={{ whiteSpace: 'nowrap' }}>
                      {c.tickedOn}
                    </label>
                    <div style={{ maxWidth: 160 }}>
                      <DateField
                        id={`checklist-date-${spec.part}`}
                        value={tick.on}
                        onChange={(value) => changeDate(spec.part, value)}
                        aria-invalid={badDate === spec.part}
                      />
                    </div>
                    {badDate === spec.part && <Typography.Text type="danger">{c.badDate}</Typography.Text>}
                  </Flex>
                )}
                {tick && attachments && attachments.length > 0 && (
                  <div style={{ marginInlineStart: 24 }}>
                    <PartAttachmentSelect
                      id={`checklist-file-${spec.part}`}
                      value={tick.fileId}
                      attachments={attachments}
                      onChange={(fileId) => void linkFile(spec.part, fileId)}
                    />
                  </div>
                )}
              </Flex>
            </li>
          )
        })}
      </ul>
      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="checklist-missing"
          title={c.missingTitle(missing.length)}
          description={
            <ul style={{ paddingInlineStart: 18, margin: 0 }}>
              {missing.map((part) => (
                <li key={part}>{partSpec(part).label}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert type="success" showIcon data-testid="checklist-missing" title={c.complete} />
      )}
    </Card>
  )
}
