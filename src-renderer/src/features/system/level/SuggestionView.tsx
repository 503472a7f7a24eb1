import { Alert, Flex, Tag, Typography } from 'antd'
import type { LevelReason, LevelSuggestion } from '../../../domain/law/level-wizard'
import { lawText } from '../../../i18n/law'

const r = lawText.wizard.result

function Reason({ reason }: { reason: LevelReason }) {
  return (
    <li style={{ marginBottom: 8 }}>
      <Typography.Text strong>{reason.clause}</Typography.Text>
      {reason.part && <Tag style={{ marginInlineStart: 8 }}>{r.part(reason.part)}</Tag>}
      <br />
      {reason.quote ? (
        <Typography.Text italic>“{reason.quote}”</Typography.Text>
      ) : (
        <Typography.Text>
          {reason.summary} <Typography.Text type="secondary">({r.noQuote})</Typography.Text>
        </Typography.Text>
      )}
    </li>
  )
}

/** The level the answers call for, and the clauses that decide it, quoted where the text is held. */
export function SuggestionView({ suggestion }: { suggestion: LevelSuggestion }) {
  const lower = [...new Set(suggestion.met.filter((m) => m.level < suggestion.level).map((m) => m.level))]
  return (
    <div data-testid="wizard-suggestion" aria-live="polite">
      <Flex align="baseline" gap={12}>
        <Typography.Text type="secondary">{r.title}</Typography.Text>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="wizard-level">
          {suggestion.determined ? r.level(suggestion.level) : r.undetermined}
        </Typography.Title>
      </Flex>
      {suggestion.determined ? (
        <>
          <Typography.Text type="secondary">{r.decidingClauses}</Typography.Text>
          <ul data-testid="wizard-reasons" style={{ paddingInlineStart: 20, marginTop: 4, marginBottom: 0 }}>
            {suggestion.reasons.map((reason) => (
              <Reason key={`${reason.criterionId}-${reason.part ?? ''}`} reason={reason} />
            ))}
          </ul>
          {lower.length > 0 && (
            <Typography.Text type="secondary">{r.alsoMet(lower.sort().join(', '))}</Typography.Text>
          )}
        </>
      ) : (
        <Alert type="info" showIcon title={r.undeterminedHelp} style={{ marginTop: 8 }} />
      )}
    </div>
  )
}
