import { css } from 'lit';

/**
 * What keeps a widget the same on any page it is put on. Comments live here, outside the CSS,
 * so they are not shipped.
 *
 * The spacer: the host is one grid cell holding a spacer and the chart, and the spacer's
 * padding gives the box its reserved height (styles/reserve.ts). It is a pseudo-element, which
 * a page's resets reach (`*, ::before { padding: 0; … }` in Tailwind's preflight), and a page's
 * normal rules beat `:host` rules; an `!important` inside the shadow root beats every rule of
 * the page, so the spacer's content, place and padding are.
 *
 * `.natural-width`: the plot is positioned out of the flow, so without it the widget would be
 * as narrow as its longest line of text wherever a page sizes it by its content (a flex row, a
 * float, an inline block, an absolutely placed box) and draw its chart there. A replaced
 * element with a percentage `max-width` asks for 40rem where there is room but lets its box
 * shrink to the narrowest width a chart is drawn at (MIN_WIDTH in controllers/size.ts).
 *
 * Print: the chart with its title, notes and source, without the controls. A printer runs no
 * script to redraw the plot at the paper's width, so a plot drawn for a wider screen scales
 * down to fit, and the height reserved for the screen goes.
 */
export const hostProof = css`
  :host::before {
    content: '' !important;
    grid-area: 1 / 1 !important;
  }
  .natural-width {
    grid-area: 1 / 1;
    justify-self: start;
    display: block;
    width: 40rem;
    max-width: 100%;
    min-width: 260px;
    height: 0;
    visibility: hidden;
  }
  @media print {
    .menu,
    .table-toggle,
    .tooltip {
      display: none !important;
    }
    :host::before {
      display: none !important;
    }
    .frame {
      break-inside: avoid;
    }
    .plot-area {
      min-height: 0 !important;
      max-height: none !important;
    }
    .plot {
      position: static;
      max-width: 100%;
      height: auto;
    }
  }
`;
