import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Time a frame spends on queued redraws before leaving the rest to the next frame. */
const FRAME_BUDGET_MS = 8;

/** Hosts waiting for a redraw, per window (a widget may live in a same-origin iframe). */
const queues = new WeakMap<Window, Set<Host>>();

/** How far the host is from the viewport, in px: 0 when on screen. */
function distance(host: Host, view: Window): number {
  const { top, bottom } = host.getBoundingClientRect();
  return top > view.innerHeight ? top - view.innerHeight : bottom < 0 ? -bottom : 0;
}

async function drain(view: Window & typeof globalThis, queue: Set<Host>): Promise<void> {
  const start = view.performance.now();
  // Those on screen first; one read of the layout for all, before any redraw changes it.
  const order = [...queue].filter((h) => h.isConnected).sort((a, b) => distance(a, view) - distance(b, view));
  for (const host of order) {
    queue.delete(host);
    host.requestUpdate();
    try {
      await host.updateComplete;
    } catch {
      // The element reports its own rendering errors; the queue only goes on.
    }
    if (view.performance.now() - start > FRAME_BUDGET_MS) break;
  }
  for (const host of queue) if (!host.isConnected) queue.delete(host);
  if (queue.size > 0) view.requestAnimationFrame(() => void drain(view, queue));
  else queues.delete(view);
}

/**
 * Redraws `host` in a coming frame, a few hosts per frame, nearest the viewport first: when a
 * window is resized, every widget's size changes at once, and redrawing them all in one frame
 * blocks the page for as long as that takes. A redraw inside a frame callback also keeps the
 * layout change out of the ResizeObserver's delivery (no "loop completed" errors).
 */
export function queueRedraw(host: Host, view: Window & typeof globalThis): void {
  let queue = queues.get(view);
  if (!queue) {
    queue = new Set();
    queues.set(view, queue);
    const pending = queue;
    view.requestAnimationFrame(() => void drain(view, pending));
  }
  queue.add(host);
}

/** Forgets a host that left the page, so the queue holds no removed widget. */
export function dropRedraw(host: Host, view: Window): void {
  queues.get(view)?.delete(host);
}
