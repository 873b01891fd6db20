/** A box in plot coordinates. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelRequest {
  /** What the label names: a marker's box. */
  anchor: Box;
  w: number;
  h: number;
  lines: { text: string; cls: string; bold: boolean }[];
  /** May be left out when it fits nowhere near its anchor (a reference city); else it must be drawn. */
  optional: boolean;
}

/** Where a label went; `leader` is the point on the label a line from its anchor goes to. */
export type Placed = Box & { leader?: [number, number] };

const PAD = 2;
const hits = (a: Box, b: Box) =>
  a.x < b.x + b.w + PAD && b.x < a.x + a.w + PAD && a.y < b.y + b.h + PAD && b.y < a.y + a.h + PAD;

/** Positions to try around an anchor, closest first: beside, above, below, then further off with a leader. */
function candidates(q: LabelRequest, gap: number, width: number, leaders: boolean): Placed[] {
  const { anchor: a, w, h } = q;
  const cx = a.x + a.w / 2;
  const cy = a.y + a.h / 2;
  const right = a.x + a.w + gap;
  const left = a.x - gap - w;
  const centred = Math.min(Math.max(0, cx - w / 2), width - w);
  const above = a.y - gap - h;
  const below = a.y + a.h + gap;
  const near: Placed[] = [
    { x: right, y: cy - h / 2, w, h },
    { x: left, y: cy - h / 2, w, h },
    { x: centred, y: above, w, h },
    { x: centred, y: below, w, h },
    { x: right, y: a.y - h + a.h / 2, w, h },
    { x: right, y: cy - a.h / 2, w, h },
    { x: left, y: a.y - h + a.h / 2, w, h },
    { x: left, y: cy - a.h / 2, w, h },
  ];
  if (!leaders) return near;
  const far: Placed[] = [];
  for (let d = 1; d <= 6; d += 1) {
    for (const dy of [d * h * 0.6, -d * h * 0.6]) {
      const y = cy - h / 2 + dy;
      const ly = Math.min(Math.max(cy, y + 2), y + h - 2);
      far.push({ x: right + gap, y, w, h, leader: [right + gap - 2, ly] }, { x: left - gap, y, w, h, leader: [left - gap + w + 2, ly] });
      far.push({ x: centred, y: dy > 0 ? below + dy : above + dy, w, h, leader: [cx, dy > 0 ? below + dy - 1 : above + dy + h + 1] });
    }
  }
  return [...near, ...far];
}

/**
 * Labels placed one by one in the order given, each at the first position that stays inside the
 * box and clear of every anchor and every label placed before it. A required label that fits
 * nowhere goes under the box on a leader line (the box grows); an optional one is left out (null).
 */
export function placeLabels(requests: LabelRequest[], { width, height }: { width: number; height: number }, gap: number): (Placed | null)[] {
  const taken: Box[] = [];
  let bottom = height;
  return requests.map((q) => {
    const clear = (b: Box) =>
      b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height &&
      requests.every((o) => o === q || !hits(b, o.anchor)) && taken.every((t) => !hits(b, t));
    let found = candidates(q, gap, width, !q.optional).find(clear) ?? null;
    if (!found && !q.optional) {
      const cx = q.anchor.x + q.anchor.w / 2;
      const x = Math.min(Math.max(0, cx - q.w / 2), width - q.w);
      found = { x, y: bottom + gap, w: q.w, h: q.h, leader: [Math.min(Math.max(cx, x), x + q.w), bottom + gap - 1] };
      bottom = found.y + found.h;
    }
    if (found) taken.push(found);
    return found;
  });
}
