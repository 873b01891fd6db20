// How the harness creates and waits for a <kz-auto-yoy>, whichever build defined it: the real
// artefact (dist/elements/kz-auto-yoy.js, loaded by the page) or a bundle of src (ours.js).
import { drawElement, resizeElement } from './element-waits.js';

export function create() {
  const el = document.createElement('kz-auto-yoy');
  el.setAttribute('lang', 'en');
  el.setAttribute('no-menu', '');
  return el;
}

export const draw = (container) => drawElement(create(), container);
export const resize = resizeElement;
