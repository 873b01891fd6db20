import { attributeString } from '../static/markup.js';
import { CDN_BASE } from './version.js';

/** Where the script tag points: the classic script on the CDN, this major version. */
export const scriptUrl = `${CDN_BASE}/dist/kz-auto-charts.js`;

/** The snippet a newsroom pastes: the script tag and the element with its attributes. */
export function embedCode(tag: string, attributes: Record<string, string | undefined>): string {
  return `<script src="${scriptUrl}"></script>\n<${tag}${attributeString(attributes)}></${tag}>`;
}
