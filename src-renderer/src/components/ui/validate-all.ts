/**
 * A form's submit check shared by the dialogs (issue #18): antd validates every field at once, so
 * each error appears beside its own field together; then the first field in error gets the focus
 * (and is scrolled to), so a keyboard user lands where the first fix is needed.
 */
import type { FormInstance } from 'antd'

interface ValidateError {
  errorFields?: { name: (string | number)[] }[]
}

/** The values when every rule passes; otherwise null, with the first field in error focused. */
export async function validateAll<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields()
  } catch (error) {
    const first = (error as ValidateError).errorFields?.[0]
    if (first) form.scrollToField(first.name, { focus: true, block: 'center' })
    return null
  }
}
