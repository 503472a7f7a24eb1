// @vitest-environment jsdom
/**
 * Issue #20: antd 6 wrote each component's styles at run time on first use (≈ 0.6 s of the
 * register's first open under load). The app's theme turns that off (zeroRuntime) and loads antd's
 * prebuilt stylesheet (main.tsx); what antd still writes is the theme's CSS variables, so the
 * custom colours (contrast) still apply.
 */
import { cleanup, render } from '@testing-library/react'
import { Button, ConfigProvider, Select, Table, Tag } from 'antd'
import { afterEach, describe, expect, it } from 'vitest'
import { theme } from './theme'

afterEach(cleanup)

const antdStyles = () => [...document.head.querySelectorAll('style')].map((s) => s.textContent)

describe('the app theme', () => {
  it('makes antd write no component styles at run time, only the theme’s variables', () => {
    render(
      <ConfigProvider theme={theme}>
        <Button type="primary">Lưu</Button>
        <Tag color="success">Đã phê duyệt</Tag>
        <Select aria-label="Cấp độ" options={[{ value: '3', label: 'Cấp độ 3' }]} />
        <Table dataSource={[]} columns={[{ title: 'Tên', dataIndex: 'name' }]} />
      </ConfigProvider>,
    )
    const css = antdStyles().join('\n')
    // Rules for these components that set anything but a CSS variable: the run-time styles.
    const styled = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
      .filter(([, selector]) => /\.ant-(btn|tag|select|table)\b/.test(selector))
      .filter(([, , body]) => body.split(';').some((d) => d.includes(':') && !d.trim().startsWith('--')))
      .map(([, selector]) => selector.trim())
    expect(styled).toEqual([])
    // The component colours set for contrast (theme.ts) are still written, as CSS variables.
    expect(css).toMatch(/\.ant-tag\{[^}]*--ant-color-success:#237804/)
    // The primary colour the contrast checks rely on is still set, as a CSS variable.
    expect(css).toContain('--ant-color-primary:#1d4ed8')
  })
})
