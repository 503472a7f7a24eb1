import { describe, expect, it } from 'vitest'
import { mainWindowOptions, WINDOW_TITLE } from './window-options'

const options = mainWindowOptions()

describe('the main window', () => {
  it('has the Vietnamese title and opens at 1280×800, never smaller than 1024×640', () => {
    expect(options.title).toBe('CapDo — Sổ theo dõi cấp độ ATTT')
    expect(WINDOW_TITLE).toBe(options.title)
    expect(options).toMatchObject({ width: 1280, height: 800, minWidth: 1024, minHeight: 640 })
  })

  it('stays hidden until ready to show, over a background colour instead of a white flash', () => {
    expect(options.show).toBe(false)
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
  })
})
