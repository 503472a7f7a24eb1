import { SaveOutlined } from '@ant-design/icons'
import { Breadcrumb, Button, Flex, Tag, Typography } from 'antd'
import { useRef, type ReactNode } from 'react'
import { Link } from 'react-router'
import { ReasonButton } from '../../components/ui/ReasonButton'
import { systemText } from '../../i18n/system'
import { PATHS } from '../../paths'
import styles from './SystemHeader.module.css'

/** A part of the page the header's navigation jumps to: the element id and its name. */
export interface PageSection {
  id: string
  label: string
}

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
  /** The page's parts, reachable from the header without a long scroll. */
  sections?: readonly PageSection[]
}

/** The nearest ancestor that scrolls (the app's content), not the window. */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let node = el?.parentElement ?? null; node; node = node.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node
  }
  return null
}

/**
 * Scrolls only the content so the section starts just below the sticky header: scrollIntoView
 * would also nudge the window and move the app's own header (issue #18, "the page drifts").
 */
function jumpTo(header: HTMLElement | null, id: string) {
  const target = document.getElementById(id)
  const container = scrollParent(header)
  if (!target || !container || !header) return
  const offset = target.getBoundingClientRect().top - header.getBoundingClientRect().bottom - 8
  container.scrollTo({ top: container.scrollTop + offset })
}

/**
 * The page's title with the way back to the register, the unsaved-changes mark and the save
 * button. It stays at the top while the page scrolls (issue #18: a system's page is ~3,700 px
 * tall), so the officer keeps the system's name, unit, level and dossier state in view, and its
 * navigation reaches each part (dossier, assessments, files, history) in one click. Anchored
 * sections rather than tabs: the officer often compares the form with the dossier beside it.
 */
export function SystemHeader({ title, tags, dirty, saving, saveDisabled, onSave, actions, sections }: SystemHeaderProps) {
  const ref = useRef<HTMLDivElement>(null)
  return (
    <div className={styles.header} data-testid="system-header" ref={ref}>
      <Breadcrumb
        items={[{ title: <Link to={PATHS.register}>{systemText.breadcrumbRegister}</Link> }, { title }]}
      />
      <Flex justify="space-between" align="flex-start" gap={16} style={{ marginTop: 8 }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }} className={styles.title}>
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
      {sections && sections.length > 0 && (
        <nav aria-label={systemText.sectionsNav} className={styles.nav}>
          {sections.map((s) => (
            <Button
              key={s.id}
              type="link"
              size="small"
              onClick={() => jumpTo(ref.current, s.id)}
            >
              {s.label}
            </Button>
          ))}
        </nav>
      )}
    </div>
  )
}
