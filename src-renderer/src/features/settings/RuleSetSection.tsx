import { CopyOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Flex, Form, Select, Space, Tag } from 'antd'
import { useState } from 'react'
import { findShippedRuleSet } from '../../domain/rule-set'
import { useDb } from '../../db/hooks'
import { createRuleSetCopy } from '../../db/repos/rule-set-copy'
import { allRuleSets, resolveRuleSet, saveRuleSetId, type Settings } from '../../db/repos/settings'
import { reportError } from '../../errors/to-user-message'
import { settingsText } from '../../i18n/settings'
import { RuleSetCopies } from './RuleSetCopies'
import { RuleSetCompare } from './RuleSetCompare'
import { AuthoritiesTable, RuleSetDetails } from './RuleSetDetails'
import { RuleSetEditor } from './RuleSetEditor'

interface RuleSetSectionProps {
  settings: Settings
  onDirtyChange(dirty: boolean): void
}

/** Choosing the active rule set, reading it, and copying it to edit the copy. */
export function RuleSetSection({ settings, onDirtyChange }: RuleSetSectionProps) {
  const db = useDb()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const t = settingsText.ruleSet
  const active = resolveRuleSet(settings)
  const shipped = findShippedRuleSet(active.id) !== undefined
  const options = allRuleSets(settings).map((r) => ({
    value: r.id,
    label: r.name,
    shipped: findShippedRuleSet(r.id) !== undefined,
  }))

  async function run(action: () => Promise<string>) {
    setBusy(true)
    try {
      message.success(await action())
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setBusy(false)
    }
  }
  const apply = (id: string) =>
    run(async () => {
      await saveRuleSetId(db, id)
      return t.applied(options.find((o) => o.value === id)?.label ?? id)
    })
  const copy = () =>
    run(async () => {
      onDirtyChange(false)
      return t.copied((await createRuleSetCopy(db, active.id)).name)
    })

  return (
    <Flex vertical gap={16}>
      <Card>
        <Form layout="vertical">
          <Form.Item
            label={t.active}
            htmlFor="active-rule-set"
            extra={t.activeHelp}
            style={{ marginBottom: 16 }}
          >
            <Space.Compact style={{ width: '100%' }}>
              <Select
                id="active-rule-set"
                value={active.id}
                options={options}
                disabled={busy}
                onChange={(id: string) => void apply(id)}
                optionRender={(option) => (
                  <Flex justify="space-between" gap={8}>
                    <span>{option.data.label}</span>
                    <Tag color={option.data.shipped ? 'blue' : 'gold'}>
                      {option.data.shipped ? t.shipped : t.custom}
                    </Tag>
                  </Flex>
                )}
              />
              <Button icon={<CopyOutlined />} onClick={() => void copy()} loading={busy}>
                {t.copy}
              </Button>
            </Space.Compact>
          </Form.Item>
        </Form>
        {shipped && <Alert type="info" showIcon title={t.readOnly} style={{ marginBottom: 16 }} />}
        <RuleSetDetails ruleSet={active} editable={!shipped} />
      </Card>
      {!shipped && (
        <Card title={settingsText.editor.title} size="small">
          <RuleSetEditor key={active.id} ruleSet={active} onDirtyChange={onDirtyChange} />
        </Card>
      )}
      <Card title={t.authorities.title} size="small">
        <AuthoritiesTable ruleSet={active} />
      </Card>
      {settings.customRuleSets.length > 0 && (
        <RuleSetCopies
          copies={settings.customRuleSets}
          activeId={active.id}
          onApply={(id) => void apply(id)}
        />
      )}
      {/* A new active set (e.g. a fresh copy) starts the comparison over, against its base. */}
      <RuleSetCompare key={active.id} ruleSets={allRuleSets(settings)} active={active} />
    </Flex>
  )
}
