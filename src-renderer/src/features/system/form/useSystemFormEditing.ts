/**
 * The editing state both the new-system and the existing-system pages share: the form instance,
 * whether it differs from what is stored (dirty), saving, Ctrl+S, and the unsaved-changes guard.
 * `dirty` is kept in a ref as well as in state, so a save followed at once by a navigation (a
 * new system's page) is not blocked by a render that has not happened yet.
 */
import { App, Form } from 'antd'
import { useCallback, useRef, useState } from 'react'
import type { Blocker } from 'react-router'
import { reportError } from '../../../errors/to-user-message'
import { sameFormValues, type SystemFormValues } from './form-values'
import { useSaveShortcut } from './useSaveShortcut'
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard'

/**
 * What a save did: nothing more to tell (void); a follow-up to run once the form is clean (a new
 * system's page); the values now stored, when they differ from the form's (a save combined with
 * changes made in another window); or that nothing was written and the form stays as it is.
 */
export type SaveOutcome = void | (() => void) | { stored: SystemFormValues } | 'not_saved'

export interface SystemFormEditing {
  form: ReturnType<typeof Form.useForm<SystemFormValues>>[0]
  dirty: boolean
  saving: boolean
  blocker: Blocker
  /** Recomputes `dirty` (the form's onValuesChange). */
  onValuesChange: () => void
  /** Validated values reach `save` (the form's onFinish). */
  onFinish: () => void
  /** Makes `values` the stored state: after a save, or when the record changed elsewhere. */
  resetTo: (values: SystemFormValues) => void
  isDirty: () => boolean
}

/**
 * @param save writes the values; it may return a follow-up (e.g. going to the new system's page)
 *   that runs once the form is marked clean, so the guard lets it through.
 */
export function useSystemFormEditing(
  initial: SystemFormValues,
  save: (values: SystemFormValues) => Promise<SaveOutcome>,
): SystemFormEditing {
  const [form] = Form.useForm<SystemFormValues>()
  const { message } = App.useApp()
  const baseline = useRef(initial)
  const dirtyRef = useRef(false)
  const [dirty, setDirtyState] = useState(false)
  const [saving, setSaving] = useState(false)

  const setDirty = useCallback((value: boolean) => {
    dirtyRef.current = value
    setDirtyState(value)
  }, [])
  const isDirty = useCallback(() => dirtyRef.current, [])
  const blocker = useUnsavedChangesGuard(isDirty)
  useSaveShortcut(() => form.submit())

  const onValuesChange = useCallback(() => {
    setDirty(!sameFormValues(form.getFieldsValue(true) as SystemFormValues, baseline.current))
  }, [form, setDirty])

  const resetTo = useCallback(
    (values: SystemFormValues) => {
      baseline.current = values
      form.setFieldsValue(values)
      setDirty(false)
    },
    [form, setDirty],
  )

  const onFinish = useCallback(() => {
    const values = form.getFieldsValue(true) as SystemFormValues
    setSaving(true)
    save(values)
      .then((outcome) => {
        if (outcome === 'not_saved') return
        if (typeof outcome === 'object') {
          resetTo(outcome.stored)
          return
        }
        baseline.current = values
        setDirty(false)
        outcome?.()
      })
      .catch((error: unknown) => message.error(reportError(error)))
      .finally(() => setSaving(false))
  }, [form, save, message, setDirty, resetTo])

  return { form, dirty, saving, blocker, onValuesChange, onFinish, resetTo, isDirty }
}
