import { App } from 'antd'
import { useCallback } from 'react'
import type { Unit } from '../../domain/types'
import { useDb } from '../../db/hooks'
import { deleteUnit } from '../../db/repos/units'
import { reportError } from '../../errors/to-user-message'
import { unitsText } from '../../i18n/units'

/**
 * Deleting a unit. An empty unit is deleted after a confirmation; a unit that still has systems
 * (or subordinate units) is refused by the repo, and its message says why and what to do.
 */
export function useDeleteUnit(): (unit: Unit, systems: number) => void {
  const db = useDb()
  const { modal, message } = App.useApp()
  const t = unitsText.remove

  return useCallback(
    (unit: Unit, systems: number) => {
      const attempt = async () => {
        try {
          await deleteUnit(db, unit.id)
          message.success(t.done(unit.name))
        } catch (error) {
          modal.error({ title: t.refusedTitle, content: reportError(error), okText: t.close })
        }
      }
      // With systems the repo refuses; there is nothing to confirm, only its reason to show.
      if (systems > 0) {
        void attempt()
        return
      }
      modal.confirm({
        title: t.confirmTitle(unit.name),
        content: t.confirmBody,
        okText: t.ok,
        okButtonProps: { danger: true },
        cancelText: t.cancel,
        onOk: attempt,
      })
    },
    [db, modal, message, t],
  )
}
