import type { ThemeConfig } from 'antd'

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    borderRadius: 6,
    // antd's greys (#8c8c8c secondary text is 3.4:1 on white) fail WCAG 2.1 AA's 4.5:1 for text;
    // these keep the same hierarchy at 4.6–7:1.
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    fontFamily:
      "'Segoe UI', 'Noto Sans', 'DejaVu Sans', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
}
