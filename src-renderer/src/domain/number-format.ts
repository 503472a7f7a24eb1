/**
 * The one way counts are written (issue #18: "1.005 ngày" everywhere, not "1005 ngày" on one
 * screen and "1.005" on another): Vietnamese grouping with a dot every three digits. Written out
 * rather than through Intl so the CLI, a worker and the tests give the same text whatever ICU
 * data the runtime carries.
 */

/** 120000 → "120.000", 1005 → "1.005", -1005 → "-1.005"; a fraction is cut, not rounded. */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}
