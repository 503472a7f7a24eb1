import type { ThemeConfig } from 'antd'

export const theme: ThemeConfig = {
  // antd 6 writes each component's styles at run time on first use (≈ 0.6 s of the register's
  // first open under load, docs/performance.md); with zeroRuntime it uses antd/dist/antd.css,
  // imported in main.tsx, and only the theme's CSS variables below are made at run time.
  zeroRuntime: true,
  token: {
    colorPrimary: '#1d4ed8',
    // antd's default link and hover blues (#1677ff 4.1:1, #4373e6 4.3:1 with white text) fail
    // WCAG 2.1 AA's 4.5:1; these follow the primary colour at 6–9:1 (axe, test/e2e/accessibility).
    colorLink: '#1d4ed8',
    colorPrimaryHover: '#1e40af',
    borderRadius: 6,
    // antd's greys (#8c8c8c secondary text is 3.4:1 on white) fail WCAG 2.1 AA's 4.5:1 for text;
    // these keep the same hierarchy at 4.6–7:1.
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    fontFamily: "'Segoe UI', 'Noto Sans', 'DejaVu Sans', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  // Where a status colour is text (a tag, a danger button) antd's #52c41a, #faad14 and #ff4d4f
  // reach 1.8–3.3:1; darker texts reach 5–5.6:1. Set per component, with the light backgrounds
  // kept: a darker seed for the whole theme would darken every generated background too.
  components: {
    Tag: {
      colorSuccess: '#237804',
      colorSuccessBg: '#f6ffed',
      colorWarning: '#ad4e00',
      colorWarningBg: '#fffbe6',
    },
    Button: { colorError: '#cf1322', colorErrorHover: '#a8071a', colorErrorActive: '#820014' },
  },
}
