import { css, unsafeCSS } from 'lit';
import { markRules } from './marks.js';
import { colorVars } from './palette.js';
import { tokens } from './tokens.js';
import { hostProof } from './host.js';

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
    /*
     * A page's global rules (\`* { letter-spacing: 8px !important }\`) reach the host element and
     * would be inherited by everything inside. For !important declarations the inner context
     * wins, so the host resets every inherited text property the chart relies on. The font
     * family and size still follow the page, as they should; display and visibility stay the
     * page's to set.
     */
    :host {
      color: var(--_text) !important;
      font-style: normal !important;
      font-weight: 400 !important;
      font-variant: normal !important;
      letter-spacing: normal !important;
      word-spacing: normal !important;
      line-height: normal !important;
      text-align: start !important;
      text-indent: 0 !important;
      text-transform: none !important;
      text-shadow: none !important;
      white-space: normal !important;
      overflow-wrap: normal !important;
      word-break: normal !important;
      hyphens: manual !important;
      line-break: auto !important;
      direction: ltr !important;
      writing-mode: horizontal-tb !important;
    }
    :host([hidden]) {
      display: none;
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
      text-wrap: balance;
    }
    .subtitle,
    .headline,
    .note,
    .source {
      text-wrap: pretty;
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
    /* The footer: notes, source, then the controls as small text links. */
    .footer {
      font-size: var(--_small-size);
      line-height: 1.4;
      color: var(--_muted);
    }
    .note,
    .source {
      margin: 0.25rem 0 0;
    }
    .note {
      margin-top: 0.5rem;
    }
    .source-row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0 1rem;
    }
    .source-row .source {
      flex: 1 1 18rem;
      min-width: 0;
    }
    .controls {
      display: flex;
      flex: none;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 1rem;
      margin-inline-start: auto;
    }
    .menu {
      position: relative;
      flex: none;
    }
    /* Rendered on a server and not yet taken over by the script: the menu cannot work yet. */
    :host(:not(:defined)) .menu {
      display: none;
    }
    .table-toggle > summary,
    .menu-button,
    .menu-list button {
      font: inherit;
      color: var(--_text);
      background: none;
      border: 1px solid var(--_outline);
      border-radius: 3px;
      padding: 0.125rem 0.5rem;
      cursor: pointer;
      min-height: 24px;
      box-sizing: border-box;
    }
    /* The two controls read as links: no box, underlined, in the footer's colour. */
    .table-toggle > summary,
    .menu-button {
      display: inline-flex;
      align-items: center;
      border: 0;
      padding: 0;
      color: var(--_muted);
      text-decoration: underline;
      text-decoration-thickness: 1px;
      text-underline-offset: 0.2em;
    }
    .table-toggle > summary:hover,
    .menu-button:hover {
      color: var(--_text);
    }
    .table-toggle {
      flex: none;
    }
    .table-toggle > summary {
      list-style: none;
    }
    .table-toggle > summary::-webkit-details-marker {
      display: none;
    }
    .table-toggle[open] .when-closed,
    .table-toggle:not([open]) .when-open {
      display: none;
    }
    /* Without a script (a server render) the open disclosure alone shows the table. */
    .frame:has(.table-toggle[open]) > .data-table {
      position: static;
      width: auto;
      height: auto;
      margin: var(--_space) 0 0;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
    .table-toggle > summary:focus-visible,
    .menu-button:focus-visible,
    .menu-list button:focus-visible,
    .menu-copy textarea:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    .menu-list,
    .menu-copy,
    .menu-status {
      position: absolute;
      right: 0;
      bottom: calc(100% + 4px);
      z-index: 1;
      margin: 0;
      padding: 0.25rem;
      background: var(--_surface);
      color: var(--_text);
      border: 1px solid var(--_outline);
      border-radius: 4px;
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    }
    .menu-list {
      list-style: none;
      min-width: 12rem;
    }
    .menu-list button {
      display: block;
      width: 100%;
      text-align: start;
      border-color: transparent;
      white-space: nowrap;
    }
    .menu-list button:hover {
      border-color: var(--_outline);
    }
    .menu-copy {
      width: min(22rem, 80vw);
    }
    .menu-copy textarea {
      display: block;
      width: 100%;
      box-sizing: border-box;
      margin-top: 0.25rem;
      font: 12px/1.4 ui-monospace, monospace;
    }
    .menu-status {
      white-space: nowrap;
      max-width: 80vw;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .menu-status[hidden] {
      display: none;
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
    /* The plot area only receives focus when Escape leaves the marks. */
    .plot-area:focus {
      outline: none;
    }
    .plot [data-mark]:focus {
      outline: none;
    }
    .plot [data-mark]:focus-visible {
      outline: 2px solid var(--_text);
      outline-offset: 2px;
    }
    .tooltip {
      position: absolute;
      z-index: 2;
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      padding: 0.375rem 0.5rem;
      font-size: var(--_small-size);
      line-height: 1.35;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_outline);
      border-radius: 4px;
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
      pointer-events: none;
      animation: kz-fade-in 120ms ease-out;
    }
    .tooltip-status {
      color: var(--_muted);
    }
    @keyframes kz-fade-in {
      from {
        opacity: 0;
      }
    }
    .data-table {
      border-collapse: collapse;
      margin-top: var(--_space);
      font-size: var(--_small-size);
      font-variant-numeric: tabular-nums;
    }
    .data-table caption {
      text-align: start;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .data-table th,
    .data-table td {
      border-bottom: 1px solid var(--_rest);
      padding: 0.25rem 0.75rem 0.25rem 0;
      text-align: start;
    }
    .data-table td {
      text-align: end;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
      }
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
  // Last, so its print rules win over the screen's.
  hostProof,
];
