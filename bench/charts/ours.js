// kz-auto-charts bundled from src (the "unsliced" variant is this, with first-draw slicing
// stubbed out); the element draws itself from the bundled dataset it ships with.
import '../../src/elements/kz-auto-yoy.ts';
export { create, draw, resize } from './ours-element.js';
