import { attributeString } from '../static/markup.js';

/** Where the script tag points: this exact version on the public CDN. */
export const scriptUrl = (version: string) => `https://unpkg.com/kz-auto-charts@${version}/dist/kz-auto-charts.js`;

/** The snippet a newsroom pastes: the script tag and the element with its attributes. */
export function embedCode(tag: string, attributes: Record<string, string | undefined>, version: string): string {
  return `<script src="${scriptUrl(version)}"></script>\n<${tag}${attributeString(attributes)}></${tag}>`;
}
