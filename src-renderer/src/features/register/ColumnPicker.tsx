import { SettingOutlined } from '@ant-design/icons'
import { Badge, Button, Checkbox, Flex, Popover, Tooltip } from 'antd'
import { registerText } from '../../i18n/register'
import { OPTIONAL_COLUMNS, useRegisterColumns } from '../../stores/register-columns'

const t = registerText.columnPicker

/** Show or hide the optional columns; the choice is remembered (stores/register-columns.ts). */
export function ColumnPicker() {
  const hidden = useRegisterColumns((s) => s.hidden)
  const setVisible = useRegisterColumns((s) => s.setVisible)
  const showAll = useRegisterColumns((s) => s.showAll)

  const content = (
    <Flex vertical gap={6} data-testid="column-picker">
      {OPTIONAL_COLUMNS.map((column) => (
        <Checkbox
          key={column}
          checked={!hidden.includes(column)}
          onChange={(e) => setVisible(column, e.target.checked)}
        >
          {registerText.columns[column]}
        </Checkbox>
      ))}
      <Button
        size="small"
        type="link"
        disabled={hidden.length === 0}
        onClick={showAll}
        style={{ padding: 0, alignSelf: 'flex-start' }}
      >
        {t.reset}
      </Button>
    </Flex>
  )

  return (
    <Popover trigger="click" placement="bottomRight" title={t.title} content={content}>
      <Tooltip title={t.button}>
        <Badge dot={hidden.length > 0} offset={[-4, 4]}>
          <Button icon={<SettingOutlined />} aria-label={t.button} />
        </Badge>
      </Tooltip>
    </Popover>
  )
}
