/**
 * The window an element is in now. A widget can be moved into a same-origin iframe, where the
 * observers, animation frames and listeners of the window that defined it see nothing: each
 * controller takes them from the element's current window when it connects.
 */
export const windowOf = (el: Element): Window & typeof globalThis =>
  (el.ownerDocument?.defaultView ?? globalThis) as Window & typeof globalThis;
