// How the harness waits for a chart element, the floor's and ours alike: drawn once its plot is in
// the DOM (each takes its width from a ResizeObserver), resized once the plot has the new width.

export async function drawElement(el, container) {
  container.append(el);
  await el.updateComplete;
  await new Promise((resolve) => {
    const check = () => (el.shadowRoot.querySelector('svg.plot') ? resolve() : requestAnimationFrame(check));
    check();
  });
  return el;
}

/** The element watches its own width and redraws; done when the plot has the new width. */
export function resizeElement(el, container, width) {
  container.style.width = `${width}px`;
  return new Promise((resolve) => {
    const check = () => (Number(el.shadowRoot.querySelector('svg.plot')?.getAttribute('width')) === width ? resolve() : requestAnimationFrame(check));
    check();
  });
}
