import { css, unsafeCSS } from 'lit';
import { markRules } from './marks.js';
import { colorVars } from './palette.js';
import { tokens } from './tokens.js';

/** Styles every chart element shares: frame text, marks, error state, hidden table. */
export const chartStyles = [
  tokens,
  css`
    /*
     * The host is one grid cell holding a spacer and the chart. The spacer gives the box its
     * reserved height (see styles/reserve.ts, the same rule a page can set before the script
     * loads); the chart stretches to fill it and the plot takes the space its text leaves.
     */
    :host {
      display: grid;
      font-family: var(--_font);
      color: var(--_text);
      background: var(--_background);
      contain: layout;
    }
    :host([hidden]) {
      display: none;
    }
    :host::before {
      content: '';
      grid-area: 1 / 1;
    }
    .frame,
    .error {
      grid-area: 1 / 1;
      min-width: 0;
    }
    .frame {
      margin: 0;
      padding: var(--_padding);
      display: flex;
      flex-direction: column;
    }
    .plot-area {
      position: relative;
      flex: 1 1 auto;
      margin-top: 0.5rem;
    }
    .plot {
      position: absolute;
      top: 0;
      left: 0;
    }
    .title {
      font-size: var(--_title-size);
      font-weight: 700;
      line-height: 1.25;
      margin: 0 0 0.25rem;
    }
    .subtitle,
    .headline {
      font-size: var(--_text-size);
      line-height: 1.4;
      margin: 0 0 0.25rem;
      color: var(--_muted);
    }
    .headline {
      color: var(--_text);
      font-weight: 600;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      list-style: none;
      padding: 0;
      margin: var(--_space) 0 0.5rem;
      font-size: var(--_small-size);
      color: var(--_text);
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
    }
    .swatch {
      width: 14px;
      height: 14px;
      flex: none;
    }
    .plot {
      display: block;
      overflow: visible;
      font-size: var(--_chart-size);
    }
    .notice {
      font-size: var(--_small-size);
      border-left: 3px solid var(--_error);
      padding: 0.25rem 0.5rem;
      margin: 0 0 0.5rem;
    }
    .note,
    .source {
      font-size: var(--_small-size);
      line-height: 1.4;
      color: var(--_muted);
      margin: 0.5rem 0 0;
    }
    .source {
      margin-top: 0.25rem;
    }
    .error {
      align-self: start;
      border: 1px solid var(--_error);
      border-left-width: 4px;
      padding: var(--_space);
      font-size: var(--_text-size);
      line-height: 1.4;
    }
    .error strong {
      display: block;
      margin-bottom: 0.25rem;
    }
    .error p {
      margin: 0.25rem 0 0;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }

    ${unsafeCSS(markRules(colorVars))}

  `,
];
