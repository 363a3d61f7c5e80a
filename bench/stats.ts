/** Small statistics and formatting helpers for the report. */
export const quantile = (xs: number[], q: number): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
export const median = (xs: number[]) => quantile(xs, 0.5);
export const ms = (x: number) => `${x.toFixed(1)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
/** A markdown table; numbers columns (all but the first) right-aligned unless `leftAligned`. */
export const table = (head: string[], rows: Array<Array<string | number>>, leftAligned = false): string =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i && !leftAligned ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
