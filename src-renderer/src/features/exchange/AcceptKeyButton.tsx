import { App, Button, Descriptions, Flex, Typography } from 'antd'
import { exchangeText as t } from '../../i18n/exchange'
import type { KeyChange } from './useExchangeSession'

/**
 * The deliberate way to take a file signed with a sender's new key (the office reinstalled): a
 * confirm naming the pinned fingerprint and the new one, to be compared by phone first.
 */
export function AcceptKeyButton({ change, onAccept }: { change: KeyChange; onAccept(): void }) {
  const { modal } = App.useApp()
  const confirm = () =>
    modal.confirm({
      title: t.acceptKeyTitle(change.office),
      width: 560,
      okText: t.acceptKeyOk,
      cancelText: t.cancel,
      content: (
        <Flex vertical gap={12} data-testid="accept-key-confirm">
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'old',
                label: t.acceptKeyOld,
                children: <Typography.Text code>{change.previous}</Typography.Text>,
              },
              {
                key: 'new',
                label: t.acceptKeyNew,
                children: <Typography.Text code>{change.fingerprint}</Typography.Text>,
              },
            ]}
          />
          <Typography.Text type="secondary">{t.acceptKeyHelp(change.office)}</Typography.Text>
        </Flex>
      ),
      onOk: onAccept,
    })
  return (
    <Button danger onClick={confirm} data-testid="exchange-accept-key">
      {t.acceptKeyButton}
    </Button>
  )
}
