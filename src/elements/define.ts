/**
 * Registers a custom element unless the name is taken: the script tag loaded twice, or the
 * script tag next to an npm import, must not throw "already been defined".
 */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  customElements.define(name, constructor);
}
