/**
 * "Nhập danh sách đơn vị (CSV)" on the Units page: the file chosen, read (readUnitList) and
 * planned against the register's units; the preview open until the officer imports or cancels.
 * A file that is no unit list is told in a dialog that says what it is and what to do.
 */
import { App } from 'antd'
import { useCallback, useState } from 'react'
import { getApi } from '../../bridge'
import { useDb } from '../../db/hooks'
import { applyUnitList, planUnitListImport, type UnitListResult } from '../../db/repos/unit-list'
import { isDomainError } from '../../domain/errors'
import type { UnitListPlan } from '../../domain/unit-list'
import { reportError } from '../../errors/to-user-message'
import { readUnitList, type UnitList } from '../../excel/import/read-unit-list'
import { unitsText } from '../../i18n/units'

const t = unitsText.list

export const UNIT_LIST_FILE_FILTERS = [
  { name: t.filter, extensions: ['csv', 'txt'] },
  { name: t.allFiles, extensions: ['*'] },
]

export interface UnitListPreview {
  fileName: string
  list: UnitList
  plan: UnitListPlan
}

export interface UnitListImport {
  preview: UnitListPreview | null
  busy: boolean
  choose(): Promise<void>
  apply(changeBlocks: readonly string[]): Promise<void>
  close(): void
}

export function useUnitListImport(): UnitListImport {
  const db = useDb()
  const { modal, message } = App.useApp()
  const [preview, setPreview] = useState<UnitListPreview | null>(null)
  const [busy, setBusy] = useState(false)

  const refuse = useCallback(
    (error: unknown) =>
      modal.error({ title: t.unreadableTitle, content: reportError(error), okText: t.close }),
    [modal],
  )

  const choose = useCallback(async () => {
    setBusy(true)
    try {
      const opened = await getApi().openFile({ filters: UNIT_LIST_FILE_FILTERS })
      if (opened.status === 'canceled') return
      const list = readUnitList(opened.data)
      const plan = await planUnitListImport(db, list.units)
      setPreview({ fileName: opened.fileName, list, plan })
    } catch (error) {
      refuse(error)
    } finally {
      setBusy(false)
    }
  }, [db, refuse])

  const apply = useCallback(
    async (changeBlocks: readonly string[]) => {
      if (!preview) return
      setBusy(true)
      try {
        const result: UnitListResult = await applyUnitList(db, preview.list.units, preview.plan, {
          fileName: preview.fileName,
          changeBlocks,
        })
        message.success(t.done(result.added.length, result.moved.length))
        setPreview(null)
      } catch (error) {
        message.error(reportError(error))
        // The units changed since the preview: show the plan as it now stands.
        if (isDomainError(error) && error.code === 'unit_list_stale') {
          const plan = await planUnitListImport(db, preview.list.units)
          setPreview({ ...preview, plan })
        }
      } finally {
        setBusy(false)
      }
    },
    [db, message, preview],
  )

  return { preview, busy, choose, apply, close: useCallback(() => setPreview(null), []) }
}
