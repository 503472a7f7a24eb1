import { SaveOutlined } from '@ant-design/icons'
import { Breadcrumb, Flex, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ReasonButton } from '../../components/ui/ReasonButton'
import { systemText } from '../../i18n/system'
import { PATHS } from '../../paths'

interface SystemHeaderProps {
  title: string
  /** Tags under the title: level, unit, statuses. */
  tags?: ReactNode
  dirty: boolean
  saving: boolean
  /** A saved system with nothing changed has nothing to save. */
  saveDisabled?: boolean
  onSave: () => void
  /** More actions beside the save button ("Soạn văn bản", "Xóa hệ thống"). */
  actions?: ReactNode
}

/** The page's title with the way back to the register, the unsaved-changes mark and the save button. */
export function SystemHeader({ title, tags, dirty, saving, saveDisabled, onSave, actions }: SystemHeaderProps) {
  return (
    <div>
      <Breadcrumb
        items={[{ title: <Link to={PATHS.register}>{systemText.breadcrumbRegister}</Link> }, { title }]}
      />
      <Flex justify="space-between" align="flex-start" gap={16} style={{ marginTop: 8 }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {tags && (
            <Flex gap={4} wrap style={{ marginTop: 8 }}>
              {tags}
            </Flex>
          )}
        </div>
        <Flex gap={8} align="center" style={{ flexShrink: 0 }}>
          {dirty && (
            <Tag color="warning" data-testid="unsaved-mark">
              {systemText.unsavedTag}
            </Tag>
          )}
          {actions}
          <ReasonButton
            type="primary"
            icon={<SaveOutlined />}
            loading={saving}
            reason={saveDisabled ? systemText.saveUnavailable : null}
            hint={systemText.saveShortcut}
            onClick={onSave}
            data-testid="save-system"
          >
            {systemText.save}
          </ReasonButton>
        </Flex>
      </Flex>
    </div>
  )
}
