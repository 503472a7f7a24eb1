/**
 * The 95 real units of Hải Phòng in 8 blocks, bundled into the renderer with Vite's `?raw`.
 * Node code (benchmark, tests) reads the same CSV with fs and calls parseUnitsCsv instead.
 */
import csv from '../../../resources/seed/don-vi-mau-hai-phong.csv?raw'
import { parseUnitsCsv, type SeedUnit } from './units-csv'

export const HAI_PHONG_UNITS: readonly SeedUnit[] = parseUnitsCsv(csv)
