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
 * a fixed batch of six per task was seen to double the total, each task paying a new layout for
 * only a few charts.
 */

/** Time one task may spend on first draws and the layout they need: about a long task (50 ms), less one chart. */
const SLICE_MS = 40;

interface Turn {
  host: Element;
  /** Reads the layout (width, nearness, text size); writes nothing. */
  measure: () => void;
  /** Draws; runs after every widget of the batch has measured. */
  draw: () => void;
  /** After its slice has drawn: reads the height its plot was given; true to draw it again. */
  settle: () => boolean;
  /** Draws again, at the height read by `settle`. */
  redraw: () => void;
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

/** Runs one step of a widget's turn; what it throws goes to that widget's promise. */
function attempt(turn: Turn, step: () => void): boolean {
  try {
    step();
    return true;
  } catch (error) {
    turn.fail(error);
    return false;
  }
}

/** Up to this many widgets waiting together draw at once, before the browser paints. */
const DRAWN_AT_ONCE = 4;

async function drawInSlices(turns: Turn[]): Promise<void> {
  const batch = turns.filter((turn) => attempt(turn, turn.measure));
  let next = 0;
  while (next < batch.length) {
    // A few widgets draw at once, before the page is first painted. Many were made by one task
    // that has already run a while (a page's script, the upgrade of each of them): the first
    // slice gets a task of its own, and the reserved boxes hold the page still meanwhile.
    if (next > 0 || batch.length > DRAWN_AT_ONCE) await yieldToBrowser();
    // Half the slice on first draws. The rest is for the browser to style and lay out what
    // they drew, here rather than in one task after the last slice (a yielded task resumes
    // before the browser renders), and for drawing again a chart whose height was not guessed.
    const start = performance.now();
    const slice: Turn[] = [];
    while (next < batch.length && (slice.length === 0 || performance.now() - start < SLICE_MS / 2)) {
      const turn = batch[next++]!;
      if (attempt(turn, turn.draw)) slice.push(turn);
    }
    // Reads first (one layout for the slice), then writes: each chart fills the height its
    // box gives it before the reader sees it, and its observer later finds nothing to redraw.
    const again: Turn[] = [];
    const settled = slice.filter((turn) => attempt(turn, () => turn.settle() && again.push(turn)));
    const drawn = settled.filter((turn) => !again.includes(turn) || attempt(turn, turn.redraw));
    if (again.length > 0) again[0]!.host.getBoundingClientRect();
    drawn.forEach((turn) => turn.done());
    // Not measured again after yielding: a resize or scroll meanwhile reaches each widget
    // through its observers, and reading again would lay out the page once more per slice.
  }
}

function flush(): void {
  const batch = waiting;
  waiting = [];
  void drawInSlices(batch);
}

/**
 * Waits for the widget's turn to draw for the first time. `measure` runs together with that of
 * every other widget waiting (reads only), `draw` in turn; the promise settles when the widget
 * has drawn (or rejects with what a draw threw).
 */
export function drawTurn(turn: Omit<Turn, 'done' | 'fail'>): Promise<void> {
  return new Promise((done, fail) => {
    // Widgets upgraded in the same task queue their first update in the same microtask
    // checkpoint: the flush, queued by the first, runs after the last has joined.
    if (waiting.length === 0) queueMicrotask(flush);
    waiting.push({ ...turn, done, fail });
  });
}
