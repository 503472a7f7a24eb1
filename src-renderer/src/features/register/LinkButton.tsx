import { Button, type ButtonProps } from 'antd'
import { useHref } from 'react-router'

/** A link that looks like a button: an `<a>` for the router's path, so it is announced as a link. */
export function LinkButton({ to, ...props }: Omit<ButtonProps, 'href'> & { to: string }) {
  const href = useHref(to)
  return <Button {...props} href={href} />
}
