import { Alert, App, Button, Flex, Form, Input, InputNumber, Space, Typography } from 'antd'
import { useState } from 'react'
import { lockText } from '../../i18n/lock'
import { hashPassphrase, MIN_PASSPHRASE_LENGTH, verifyPassphrase } from '../../lock/passphrase'
import { IDLE_MINUTES, useScreenLock } from '../../stores/screen-lock'

const t = lockText.settings

interface PassphraseFields {
  current?: string
  passphrase: string
  confirm: string
  idleMinutes: number
}

const minutesRule = {
  validator: (_: unknown, v: unknown) =>
    Number.isInteger(v) && (v as number) >= IDLE_MINUTES.min && (v as number) <= IDLE_MINUTES.max
      ? Promise.resolve()
      : Promise.reject(new Error(t.errors.minutes(IDLE_MINUTES.min, IDLE_MINUTES.max))),
}

/** Settings → "Khóa màn hình": turn the lock on, change its passphrase or idle time, turn it off. */
export function LockPanel() {
  const config = useScreenLock((s) => s.config)
  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Typography.Paragraph style={{ margin: 0 }}>{t.intro}</Typography.Paragraph>
      <Alert type="warning" showIcon title={t.plainly} />
      <Alert type={config ? 'success' : 'info'} showIcon title={config ? t.enabled : t.disabled} />
      {config ? <EnabledLock /> : <PassphraseForm mode="enable" />}
    </Flex>
  )
}

function EnabledLock() {
  const config = useScreenLock((s) => s.config)
  const setIdleMinutes = useScreenLock((s) => s.setIdleMinutes)
  const lock = useScreenLock((s) => s.lock)
  const { message } = App.useApp()
  if (!config) return null
  return (
    <Flex vertical gap={24}>
      <Form
        name="lock-idle"
        layout="inline"
        initialValues={{ idleMinutes: config.idleMinutes }}
        onFinish={({ idleMinutes }: { idleMinutes: number }) => {
          setIdleMinutes(idleMinutes)
          void message.success(t.minutesDone(idleMinutes))
        }}
      >
        <Form.Item label={t.idleMinutes} name="idleMinutes" rules={[minutesRule]}>
          <InputNumber min={IDLE_MINUTES.min} max={IDLE_MINUTES.max} precision={0} />
        </Form.Item>
        <Space>
          <Button htmlType="submit">{t.saveMinutes}</Button>
          <Button onClick={lock}>{t.lockNow}</Button>
        </Space>
      </Form>
      <PassphraseForm mode="change" />
      <DisableForm />
    </Flex>
  )
}

function PassphraseForm({ mode }: { mode: 'enable' | 'change' }) {
  const config = useScreenLock((s) => s.config)
  const enable = useScreenLock((s) => s.enable)
  const { message } = App.useApp()
  const [form] = Form.useForm<PassphraseFields>()
  const [busy, setBusy] = useState(false)

  const submit = async (values: PassphraseFields) => {
    setBusy(true)
    try {
      if (mode === 'change' && config && !(await verifyPassphrase(values.current ?? '', config.passphrase))) {
        form.setFields([{ name: 'current', errors: [t.errors.wrongCurrent] }])
        return
      }
      const idleMinutes = mode === 'change' && config ? config.idleMinutes : values.idleMinutes
      enable({ passphrase: await hashPassphrase(values.passphrase), idleMinutes })
      form.resetFields()
      void message.success(mode === 'enable' ? t.enabledDone : t.changedDone)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Form
      form={form}
      name={`lock-${mode}`}
      layout="vertical"
      style={{ maxWidth: 360 }}
      initialValues={{ idleMinutes: IDLE_MINUTES.default }}
      onFinish={(v) => void submit(v)}
      aria-label={mode === 'enable' ? t.enable : t.change}
    >
      {mode === 'change' && (
        <>
          <Typography.Title level={5}>{t.change}</Typography.Title>
          <Form.Item
            label={t.current}
            name="current"
            rules={[{ required: true, message: t.errors.wrongCurrent }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        </>
      )}
      <Form.Item
        label={t.newPassphrase}
        name="passphrase"
        rules={[
          { min: MIN_PASSPHRASE_LENGTH, required: true, message: t.errors.tooShort(MIN_PASSPHRASE_LENGTH) },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t.confirm}
        name="confirm"
        dependencies={['passphrase']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, v) =>
              v === getFieldValue('passphrase')
                ? Promise.resolve()
                : Promise.reject(new Error(t.errors.mismatch)),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {mode === 'enable' && (
        <Form.Item label={t.idleMinutes} name="idleMinutes" rules={[minutesRule]}>
          <InputNumber min={IDLE_MINUTES.min} max={IDLE_MINUTES.max} precision={0} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={busy}>
        {mode === 'enable' ? t.enable : t.change}
      </Button>
    </Form>
  )
}

function DisableForm() {
  const config = useScreenLock((s) => s.config)
  const disable = useScreenLock((s) => s.disable)
  const { message } = App.useApp()
  const [form] = Form.useForm<{ current: string }>()
  const [busy, setBusy] = useState(false)

  const submit = async ({ current }: { current: string }) => {
    if (!config) return
    setBusy(true)
    try {
      if (!(await verifyPassphrase(current, config.passphrase))) {
        form.setFields([{ name: 'current', errors: [t.errors.wrongCurrent] }])
        return
      }
      disable()
      void message.success(t.disabledDone)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Form
      form={form}
      name="lock-disable"
      layout="vertical"
      style={{ maxWidth: 360 }}
      onFinish={(v) => void submit(v)}
      aria-label={t.disable}
    >
      <Typography.Title level={5}>{t.disable}</Typography.Title>
      <Form.Item
        label={t.current}
        name="current"
        rules={[{ required: true, message: t.errors.wrongCurrent }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button danger htmlType="submit" loading={busy}>
        {t.disable}
      </Button>
    </Form>
  )
}
