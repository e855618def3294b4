// Column widths for a table drawn in a given number of terminal columns. Pure
// so it can be tested at 80 and 40 columns without rendering.

export interface ColumnSpec {
  /** Fixed display width. */
  width?: number;
  /** Takes a share of what the fixed columns leave. */
  grow?: boolean;
  /** Hidden when the table is narrower than this (low-value columns go first). */
  hideBelow?: number;
}

/** Left of every row: the selection marker, "> " or two spaces. */
export const MARKER_WIDTH = 2;
export const GAP = 1;
const MIN_GROW = 8;
const MIN_FIXED = 3;

/**
 * One width per spec, 0 for a hidden column. The widths plus the marker and
 * the one-column gaps between shown columns never exceed `total`.
 */
export function columnWidths(specs: readonly ColumnSpec[], total: number): number[] {
  const shown = specs.map((s) => s.hideBelow === undefined || total >= s.hideBelow);
  const count = shown.filter(Boolean).length;
  const available = Math.max(0, total - MARKER_WIDTH - GAP * Math.max(0, count - 1));
  const fixed = specs.map((s, i) => (shown[i] && !s.grow ? (s.width ?? MIN_FIXED) : 0));
  const growers = specs.filter((s, i) => shown[i] && s.grow).length;
  const fixedSum = fixed.reduce((a, b) => a + b, 0);
  const wantedGrow = growers * MIN_GROW;
  // Not enough room: shrink the fixed columns proportionally, keeping each legible.
  const scale = fixedSum + wantedGrow > available && fixedSum > 0 ? Math.max(0, available - wantedGrow) / fixedSum : 1;
  const scaled = fixed.map((w) => (w === 0 ? 0 : Math.max(Math.min(w, MIN_FIXED), Math.floor(w * scale))));
  let rest = available - scaled.reduce((a, b) => a + b, 0);
  const widths = specs.map((s, i) => {
    if (!shown[i]) return 0;
    if (!s.grow) return scaled[i] ?? 0;
    return 0;
  });
  // Split the rest evenly between growing columns; the first ones take the remainder.
  let left = growers;
  specs.forEach((s, i) => {
    if (!shown[i] || !s.grow) return;
    const share = Math.max(0, Math.ceil(rest / left));
    widths[i] = share;
    rest -= share;
    left -= 1;
  });
  // Last resort at absurd widths: trim from the right until the row fits.
  let over = widths.reduce((a, b) => a + b, 0) - available;
  for (let i = widths.length - 1; i >= 0 && over > 0; i--) {
    const cut = Math.min(over, Math.max(0, (widths[i] ?? 0) - 1));
    widths[i] = (widths[i] ?? 0) - cut;
    over -= cut;
  }
  return widths;
}
