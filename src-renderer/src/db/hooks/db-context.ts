/** The React context that hands the database to hooks (kept apart from the component for fast refresh). */
import { createContext } from 'react'
import type { CapdoDatabase } from '../database'

export const DbContext = createContext<CapdoDatabase | null>(null)
