/**
 * Saving an existing system's form when another window may have saved the same system meanwhile
 * (db/repos/record-edits.ts). The form remembers the record it was loaded from (`loaded`: its
 * values are the save's base, its revision the save's baseRevision). A refused save keeps the
 * form as it is and holds the conflict for the dialog; the person's choices are saved with the
 * stored version as the new base, so a third window's save in between is caught again.
 */
import { App } from 'antd'
import { useCallback, useRef, useState, type RefObject } from 'react'
import { useDb } from '../../../db/hooks'
import { fieldLabel } from '../../../db/field-labels'
import { saveSystemEdit, type SavedEdit } from '../../../db/repos/record-edits'
import { isEditConflict, resolveEdit, type EditConflictError } from '../../../domain/edit-merge'
import type { SystemRecord } from '../../../domain/types'
import { reportError } from '../../../errors/to-user-message'
import { editsText } from '../../../i18n/edits'
import { systemText } from '../../../i18n/system'
import type { ConflictChoices } from './EditConflictModal'
import { sameFormValues, toFormValues, toSystemFields, type SystemFormFields, type SystemFormValues } from './form-values'
import type { SaveOutcome } from './useSystemFormEditing'

export interface SystemSave {
  /** The record whose values the form was loaded from; follow the store with it while clean. */
  loaded: RefObject<SystemRecord>
  save: (values: SystemFormValues) => Promise<SaveOutcome>
  /** A refused save waiting for the person's choices; a new object for each refusal. */
  conflict: EditConflictError<SystemFormFields> | null
  resolving: boolean
  /** Saves the choices; returns the record stored, or null when it was refused again or failed. */
  resolve: (choices: ConflictChoices) => Promise<SystemRecord | null>
  dismiss: () => void
}

export function useSystemSave(system: SystemRecord): SystemSave {
  const db = useDb()
  const { message } = App.useApp()
  const loaded = useRef(system)
  const [conflict, setConflict] = useState<EditConflictError<SystemFormFields> | null>(null)
  const [resolving, setResolving] = useState(false)

  const saved = useCallback(
    (result: SavedEdit<SystemRecord>): SystemRecord => {
      loaded.current = result.record
      setConflict(null)
      const elsewhere = result.fromStored.map((f) => `“${fieldLabel(f)}”`).join(', ')
      message.success(elsewhere ? editsText.savedCombined(elsewhere) : systemText.saved)
      return result.record
    },
    [message],
  )

  const save = useCallback(
    async (values: SystemFormValues): Promise<SaveOutcome> => {
      if (sameFormValues(values, toFormValues(system))) {
        message.info(systemText.nothingToSave)
        return
      }
      const base = loaded.current
      try {
        const result = await saveSystemEdit(db, base.id, {
          values: toSystemFields(values),
          base: toSystemFields(toFormValues(base)),
          baseRevision: base.revision,
        })
        return { stored: toFormValues(saved(result)) }
      } catch (error) {
        if (!isEditConflict(error)) throw error
        setConflict(error as EditConflictError<SystemFormFields>)
        return 'not_saved'
      }
    },
    [db, system, message, saved],
  )

  const resolve = useCallback(
    async (choices: ConflictChoices): Promise<SystemRecord | null> => {
      if (!conflict) return null
      setResolving(true)
      try {
        const result = await saveSystemEdit(db, loaded.current.id, {
          values: resolveEdit(conflict, choices),
          base: conflict.stored,
          baseRevision: conflict.storedRevision ?? -1,
        })
        return saved(result)
      } catch (error) {
        if (isEditConflict(error)) setConflict(error as EditConflictError<SystemFormFields>)
        else message.error(reportError(error))
        return null
      } finally {
        setResolving(false)
      }
    },
    [db, conflict, message, saved],
  )

  const dismiss = useCallback(() => setConflict(null), [])
  return { loaded, save, conflict, resolving, resolve, dismiss }
}
