/** Percentages as Vietnamese write them: comma decimal, one digit ("42,5 %"). */
export function formatPercent(share: number): string {
  return `${(share * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} %`
}
