import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseData, type Loaded, type WidgetData } from '../data/schema.js';
import type { Problem } from '../widgets/problems.js';
import { DEFAULT_TIMEOUT_MS, resolveSrc, shownUrl } from '../widgets/src-url.js';
import type { Fetched } from '../widgets/fetch-rows.js';

/** Where a widget's data stands: its own, bundled, on its way, or unusable (and why). */
export type DataState<D> =
  | { kind: 'ready'; loaded?: Loaded<D> }
  | { kind: 'loading' }
  | { kind: 'failed'; problems: Problem[] };

export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | undefined;
  srcTimeout: number | undefined;
}

/**
 * The data a widget draws, in order of precedence: the `data` property, the file at `src`, the
 * bundled dataset (`loaded` absent). Each input is checked once, when it changes; a new `src`
 * cancels the fetch of the old one, and so does removing the element.
 */
export class DataController<D> implements ReactiveController {
  private given?: { input: unknown; state: DataState<D> };
  private fetched?: { key: string; state: DataState<D> };
  private inflight?: AbortController;
  private restart = false;

  constructor(private readonly host: DataSourceHost, private readonly shape: () => WidgetData<D>) {
    host.addController(this);
  }

  hostConnected() {
    // Removed or moved while loading: the fetch was cancelled, so start it again. Lit does not
    // render a reconnected element by itself, and nothing else would ask for the state.
    if (this.restart) {
      this.restart = false;
      this.host.requestUpdate();
    }
  }

  hostDisconnected() {
    this.inflight?.abort();
    this.inflight = undefined;
    // Fetched again on reconnection, unless it had finished.
    if (this.fetched?.state.kind === 'loading') {
      this.fetched = undefined;
      this.restart = true;
    }
  }

  /** The state to draw; starts the fetch of `src` the first time it is asked for (when the widget is about to show). */
  state(): DataState<D> {
    const { data, src } = this.host;
    if (data !== undefined && data !== null) {
      if (this.given?.input !== data) this.given = { input: data, state: this.check(data, 'data') };
      return this.given.state;
    }
    if (src == null || src.trim() === '') return { kind: 'ready' };
    // Rendered on a server: the page's script fetches once it takes the widget over.
    if (typeof document === 'undefined') return { kind: 'loading' };
    const timeout = this.timeout();
    const key = `${src}\n${timeout}`;
    if (this.fetched?.key !== key) this.start(src, key, timeout);
    return this.fetched!.state;
  }

  private timeout(): number {
    const t = Number(this.host.srcTimeout);
    return Number.isFinite(t) && t > 0 ? Math.min(t, 120_000) : DEFAULT_TIMEOUT_MS;
  }

  private check(input: unknown, origin: 'data' | 'src'): DataState<D> {
    const parsed = parseData(input, this.shape());
    return parsed.ok ? { kind: 'ready', loaded: parsed.data } : { kind: 'failed', problems: [{ code: 'bad-data', origin, errors: parsed.errors, ...(parsed.total ? { total: parsed.total } : {}) }] };
  }

  private start(src: string, key: string, timeout: number) {
    this.inflight?.abort();
    const url = resolveSrc(src, this.host.ownerDocument.baseURI);
    if (!(url instanceof URL)) {
      this.fetched = { key, state: { kind: 'failed', problems: [url] } };
      return;
    }
    const controller = new AbortController();
    this.inflight = controller;
    this.fetched = { key, state: { kind: 'loading' } };
    // The reading code comes with the first `src`: a page with the bundled figures never loads it.
    void import('../widgets/fetch-rows.js')
      .then(({ fetchRows }) => fetchRows(url, timeout, controller.signal, this.shape().schema.maxRows))
      // The code itself did not arrive (offline, a blocked file): said as a failed fetch.
      .catch((error: unknown): Fetched => ({ ok: false, problem: { code: 'fetch-failed', url: shownUrl(url), reason: String((error as Error)?.message ?? error) } }))
      .then((result) => {
        if (controller.signal.aborted || this.fetched?.key !== key) return;
        this.inflight = undefined;
        this.fetched = { key, state: result.ok ? this.check(result.rows, 'src') : { kind: 'failed', problems: [result.problem] } };
        this.host.requestUpdate();
      });
  }
}
