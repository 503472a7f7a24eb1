/**
 * A button that, when it cannot be used, says why (issue #18): the reason is its tooltip for the
 * mouse and its accessible description (aria-describedby) for a screen reader, since a disabled
 * button alone tells nobody what to do. Without a reason it is an ordinary antd Button.
 */
import { Button, Tooltip, type ButtonProps } from 'antd'
import { useId, type ReactNode } from 'react'

export interface ReasonButtonProps extends ButtonProps {
  /** Why the action is unavailable, in Vietnamese; the button is disabled while it is set. */
  reason?: string | null
  /** The tooltip when the button is usable (a shortcut, say). */
  hint?: ReactNode
}

export function ReasonButton({ reason, hint, disabled, ...props }: ReasonButtonProps) {
  const id = useId()
  const blocked = Boolean(reason)
  return (
    <>
      <Tooltip title={blocked ? reason : hint}>
        <Button {...props} disabled={disabled || blocked} aria-describedby={blocked ? id : undefined} />
      </Tooltip>
      {blocked && (
        <span id={id} hidden>
          {reason}
        </span>
      )}
    </>
  )
}
