import { Flex, Tag, Typography } from 'antd'
import type { Trust } from '../../domain/exchange'
import { exchangeText as t } from '../../i18n/exchange'

/** The preview's word on the sender's signature: signed (and how the key is known) or "Chưa ký". */
export function TrustMark({ trust, sender }: { trust: Trust; sender: string }) {
  if (trust.kind === 'unsigned') {
    return (
      <Flex vertical gap={2} data-testid="exchange-trust" data-trust="unsigned">
        <span>
          <Tag color="orange">{t.unsigned}</Tag>
        </span>
        <Typography.Text type="secondary">{t.trustUnsigned}</Typography.Text>
      </Flex>
    )
  }
  const note =
    trust.kind === 'first'
      ? t.trustFirst(sender)
      : trust.kind === 'pinned'
        ? t.trustPinned
        : t.trustReplaced(trust.previous)
  return (
    <Flex vertical gap={2} data-testid="exchange-trust" data-trust={trust.kind}>
      <span>
        <Tag color="green">{t.signed}</Tag>
        <Typography.Text type="secondary">{t.fingerprint}: </Typography.Text>
        <Typography.Text code data-testid="exchange-fingerprint">
          {trust.fingerprint}
        </Typography.Text>
      </span>
      <Typography.Text type={trust.kind === 'first' ? 'warning' : 'secondary'}>{note}</Typography.Text>
    </Flex>
  )
}
