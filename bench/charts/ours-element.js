// How the harness creates and waits for a <kz-auto-yoy>, whichever build defined it: the real
// artefact (dist/elements/kz-auto-yoy.js, loaded by the page) or a bundle of src (ours.js).
export function create() {
  const el = document.createElement('kz-auto-yoy');
  el.setAttribute('lang', 'en');
  el.setAttribute('no-menu', '');
  return el;
}

export async function draw(container) {
  const el = create();
  container.append(el);
  await el.updateComplete;
  // It draws once laid out (a ResizeObserver gives it its width): wait for the plot.
  await new Promise((resolve) => {
    const check = () => (el.shadowRoot.querySelector('svg.plot') ? resolve() : requestAnimationFrame(check));
    check();
  });
  return el;
}

/** The element watches its own width and redraws; done when the plot has the new width. */
export function resize(el, container, width) {
  container.style.width = `${width}px`;
  return new Promise((resolve) => {
    const check = () => (Number(el.shadowRoot.querySelector('svg.plot')?.getAttribute('width')) === width ? resolve() : requestAnimationFrame(check));
    check();
  });
}
