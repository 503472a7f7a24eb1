/**
 * The level the answers call for, with the deciding clauses quoted verbatim; then, kept apart and
 * labelled, what is not a level criterion: the national-security list (Decree 331) and what the
 * secret grade suggests — an inference, never shown as the decree's words.
 */
import { Alert, Flex, Tag, Typography } from 'antd'
import { UNDETERMINED_HELP } from '../../../domain/law/level-justification'
import { lowerLevelsMet, type LevelReason, type LevelSuggestion } from '../../../domain/law/level-wizard'
import type { LevelNote } from '../../../domain/law/national-security'
import { INFERENCE_LABEL, type LevelInference } from '../../../domain/law/secret-grade-inference'
import { lawText } from '../../../i18n/law'

const r = lawText.wizard.result

function Reason({ reason }: { reason: LevelReason }) {
  return (
    <li style={{ marginBottom: 8 }}>
      <Typography.Text strong>{reason.clause}</Typography.Text>
      {reason.part && <Tag style={{ marginInlineStart: 8 }}>{r.part(reason.part)}</Tag>}
      <br />
      <Typography.Text italic>“{reason.quote}”</Typography.Text>
    </li>
  )
}

function Note({ note }: { note: LevelNote }) {
  return (
    <li style={{ marginBottom: 6 }}>
      <Typography.Text strong>{note.clause}</Typography.Text>
      {note.quote && (
        <>
          <br />
          <Typography.Text italic>“{note.quote}”</Typography.Text>
        </>
      )}
      <br />
      <Typography.Text>{note.text}</Typography.Text>
    </li>
  )
}

function Inference({ inference, suggestion }: { inference: LevelInference; suggestion: LevelSuggestion }) {
  const higher = !suggestion.determined || inference.level > suggestion.level
  return (
    <li style={{ marginBottom: 6 }}>
      {inference.part && <Tag>{r.part(inference.part)}</Tag>}
      <Typography.Text>{inference.reasoning}</Typography.Text>
      <br />
      <Typography.Text type={higher ? 'warning' : 'secondary'}>
        {higher ? r.inferenceHigher(inference.level) : r.inferenceAgrees}
      </Typography.Text>
    </li>
  )
}

export function SuggestionView({ suggestion }: { suggestion: LevelSuggestion }) {
  const lower = lowerLevelsMet(suggestion)
  const list = { paddingInlineStart: 20, marginTop: 4, marginBottom: 0 }
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
          <ul data-testid="wizard-reasons" style={list}>
            {suggestion.reasons.map((reason) => (
              <Reason key={`${reason.criterionId}-${reason.part ?? ''}`} reason={reason} />
            ))}
          </ul>
          {lower.length > 0 && (
            <Typography.Text type="secondary">{r.alsoMet(lower.join(', '))}</Typography.Text>
          )}
        </>
      ) : (
        <Alert type="info" showIcon title={UNDETERMINED_HELP[suggestion.regime]} style={{ marginTop: 8 }} />
      )}
      {suggestion.notes.length > 0 && (
        <Alert
          type="info"
          style={{ marginTop: 12 }}
          data-testid="wizard-notes"
          title={r.notesTitle}
          description={
            <ul style={list}>
              {suggestion.notes.map((note) => (
                <Note key={note.id} note={note} />
              ))}
            </ul>
          }
        />
      )}
      {suggestion.inferences.length > 0 && (
        <Alert
          type="warning"
          style={{ marginTop: 12 }}
          data-testid="wizard-inference"
          title={`${r.inferenceTitle} — ${INFERENCE_LABEL}`}
          description={
            <ul style={list}>
              {suggestion.inferences.map((inference) => (
                <Inference
                  key={`${inference.grade}-${inference.part ?? ''}`}
                  inference={inference}
                  suggestion={suggestion}
                />
              ))}
            </ul>
          }
        />
      )}
    </div>
  )
}
