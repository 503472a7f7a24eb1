import { Button, Modal } from 'antd'
import type { Blocker } from 'react-router'
import { systemText } from '../../../i18n/system'

const t = systemText.unsaved

/** Asks before a blocked navigation leaves a dirty form: stay (the safe default) or leave without saving. */
export function UnsavedChangesModal({ blocker }: { blocker: Blocker }) {
  return (
    <Modal
      open={blocker.state === 'blocked'}
      title={t.title}
      onCancel={() => blocker.reset?.()}
      destroyOnHidden
      footer={[
        <Button key="leave" danger onClick={() => blocker.proceed?.()}>
          {t.leave}
        </Button>,
        <Button key="stay" type="primary" autoFocus onClick={() => blocker.reset?.()}>
          {t.stay}
        </Button>,
      ]}
    >
      {t.content}
    </Modal>
  )
}
