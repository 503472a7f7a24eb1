import { SearchOutlined } from '@ant-design/icons'
import { Input, type InputRef } from 'antd'
import { useEffect, useRef, useState, type Ref } from 'react'
import { registerText } from '../../i18n/register'
import styles from './RegisterPage.module.css'

/**
 * The query reaches the URL on the next task, not after a pause: the register filters through
 * useDeferredValue, so a keystroke never waits for the table, and a pause here only added its
 * length to every search (150 ms of a measured 250 ms p50). The task boundary still lets a burst
 * of keystrokes typed in one frame write the URL once.
 */
const DEBOUNCE_MS = 0

interface SearchBoxProps {
  /** The query in the URL. */
  value: string
  onChange(query: string): void
  inputRef?: Ref<InputRef>
}

/**
 * The free-text search: what is typed shows at once, the URL (and so the filter) follows on the
 * next task. A query changed from outside (Xóa bộ lọc, Back, a link) replaces the text.
 */
export function SearchBox({ value, onChange, inputRef }: SearchBoxProps) {
  const [text, setText] = useState(value)
  // The last query this box wrote, to tell its own echo from a change made elsewhere.
  const written = useRef(value)
  const latestOnChange = useRef(onChange)

  useEffect(() => {
    latestOnChange.current = onChange
  }, [onChange])

  useEffect(() => {
    if (value !== written.current) {
      written.current = value
      setText(value)
    }
  }, [value])

  useEffect(() => {
    if (text === written.current) return
    const timer = setTimeout(() => {
      written.current = text
      latestOnChange.current(text)
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text])

  return (
    <Input
      ref={inputRef}
      value={text}
      onChange={(e) => setText(e.target.value)}
      allowClear
      prefix={<SearchOutlined style={{ color: '#94a3b8' }} />}
      suffix={<kbd className={styles.kbd}>/</kbd>}
      placeholder={registerText.filters.search}
      aria-label={registerText.filters.searchLabel}
      title={registerText.filters.searchHint}
      className={styles.search}
    />
  )
}
