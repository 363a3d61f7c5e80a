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
/** A markdown table; columns of numbers (all but the first, every cell starting with a figure) right-aligned unless `leftAligned`. */
export const table = (head: string[], rows: Array<Array<string | number>>, leftAligned = false): string => {
  const numbers = (i: number) => i > 0 && !leftAligned && rows.every((r) => /^[*+\d]/.test(String(r[i])));
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (numbers(i) ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
};
