/**
 * First draws, batched and sliced by time.
 *
 * A page that holds many widgets upgrades them all in one task. Drawn one after another, each
 * widget would read its width after the one before it changed the page, and every read would
 * lay out the whole page again. This made fifty charts cost three times what they cost by hand.
 * Here every widget waiting for its first draw reads what it needs first, all together, at the
 * cost of one layout. Then the widgets draw in turn.
 *
 * Drawing stops when a slice of time is spent: the browser gets the thread back (to paint, to
 * answer a tap), and the rest draw in the next slice. The slices are cut by time, not by count:
 * a fixed batch per task doubled the total, because each task paid a new layout for only a few
 * charts.
 */

/** Time one task may spend on first draws: under 50 ms (a "long task") with room for one more chart. */
const SLICE_MS = 20;

interface Turn {
  host: Element;
  /** Reads the layout (width, nearness, text size); writes nothing. */
  measure: () => void;
  /** Draws; runs after every widget of the batch has measured. */
  draw: () => void;
  done: () => void;
  fail: (error: unknown) => void;
}

let waiting: Turn[] = [];

type YieldingScheduler = { yield?: () => Promise<void> };

/** Gives the thread back to the browser, resuming ahead of other tasks where it can say so. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}

async function drawInSlices(batch: Turn[]): Promise<void> {
  for (const turn of batch) turn.measure();
  let start = performance.now();
  for (let i = 0; i < batch.length; i += 1) {
    if (i > 0 && performance.now() - start > SLICE_MS / 2) {
      // The browser styles and lays out what the slice drew inside the slice, not in one task
      // after the last slice (a yielded task resumes before the browser renders): that work
      // costs about as much as the drawing, so drawing takes half the slice.
      batch[i - 1]!.host.getBoundingClientRect();
      await yieldToBrowser();
      start = performance.now();
      // Not measured again: a resize or scroll meanwhile reaches each widget through its
      // observers, and reading again would lay out the page once more per slice.
    }
    const turn = batch[i]!;
    try {
      turn.draw();
      turn.done();
    } catch (error) {
      turn.fail(error);
    }
  }
}

function flush(): void {
  const batch = waiting;
  waiting = [];
  void drawInSlices(batch);
}

/**
 * Waits for the widget's turn to draw for the first time. `measure` runs together with that of
 * every other widget waiting (reads only), `draw` in turn; the promise settles when `draw` has
 * run (or rejects with what it threw).
 */
export function drawTurn(turn: Pick<Turn, 'host' | 'measure' | 'draw'>): Promise<void> {
  return new Promise((done, fail) => {
    // Widgets upgraded in the same task queue their first update in the same microtask
    // checkpoint: the flush, queued by the first, runs after the last has joined.
    if (waiting.length === 0) queueMicrotask(flush);
    waiting.push({ ...turn, done, fail });
  });
}
