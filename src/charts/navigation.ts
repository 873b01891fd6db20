import type { MarkInfo } from './types.js';

/**
 * Where an arrow key goes from mark `current`: ← → along the series of a group, then on to the
 * next or previous group; ↑ ↓ to the same series in the group above or below; Home and End to
 * the first and last mark. Undefined for other keys or when there is nowhere to go.
 */
export function nextMark(marks: readonly MarkInfo[], current: number, key: string): number | undefined {
  const here = marks[current];
  if (!here || !marks.length) return undefined;
  const at = (row: number, column: number) => marks.findIndex((m) => m.row === row && m.column === column);
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return marks.length - 1;
    case 'ArrowRight':
      return current + 1 < marks.length ? current + 1 : undefined;
    case 'ArrowLeft':
      return current > 0 ? current - 1 : undefined;
    case 'ArrowDown':
    case 'ArrowUp': {
      const rows = [...new Set(marks.map((m) => m.row))].sort((a, b) => a - b);
      const row = rows[rows.indexOf(here.row) + (key === 'ArrowDown' ? 1 : -1)];
      if (row === undefined) return undefined;
      // The same series if the group has it, else the group's last one.
      const same = at(row, here.column);
      if (same >= 0) return same;
      const inRow = marks.map((m, i) => [m, i] as const).filter(([m]) => m.row === row);
      return inRow[inRow.length - 1]?.[1];
    }
    default:
      return undefined;
  }
}
