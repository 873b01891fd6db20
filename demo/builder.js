// The embed builder: an editor picks a widget and its options, sees it live, and copies the
// snippet. The form is built from custom-elements.json, so every widget and attribute the
// package documents appears here without editing this page.
import { localised, t, withCode } from './builder-text.js';

const form = document.getElementById('options');
const tagSelect = document.getElementById('tag');
const widgetAttributes = document.getElementById('widget-attributes');
const preview = document.getElementById('preview-frame');
const snippet = document.getElementById('snippet');
const withFallback = document.getElementById('with-fallback');
const copyStatus = document.getElementById('copy-status');
const previewCaption = document.getElementById('preview-caption');

// Attributes this page sets in its own fieldsets; the rest come from each widget's manifest entry.
const COMMON = new Set(['lang', 'theme', 'no-menu', 'title', 'subtitle', 'source', 'note', 'src', 'src-timeout']);

/** The widgets and their attributes, from the manifest generated out of the elements' JSDoc. */
async function loadWidgets() {
  const response = await fetch(new URL('../custom-elements.json', location.href));
  if (!response.ok) throw new Error(`custom-elements.json: ${response.status}`);
  const manifest = await response.json();
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => ({ tag: d.tagName, summary: d.summary ?? d.description ?? '', attributes: d.attributes ?? [] }));
}

/** A control for an attribute: a select for a union of string literals, else a text field. */
function control(attribute) {
  const label = document.createElement('label');
  label.textContent = attribute.name;
  const options = [...(attribute.type?.text ?? '').matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);
  let input;
  if (options.length) {
    input = document.createElement('select');
    input.append(new Option(t.byDefault, ''), ...options.map((o) => new Option(o, o)));
  } else {
    input = document.createElement('input');
    input.autocomplete = 'off';
  }
  input.name = attribute.name;
  input.dataset.widgetAttribute = '';
  label.append(input);
  if (attribute.description) {
    const hint = document.createElement('span');
    hint.className = 'hint';
    const { text, lang } = localised('attributes', attribute.name, attribute.description);
    hint.lang = lang;
    hint.append(withCode(text));
    label.append(hint);
  }
  return label;
}

let widgets = [];

function showWidgetAttributes() {
  const widget = widgets.find((w) => w.tag === tagSelect.value);
  const description = document.getElementById('tag-description');
  const { text, lang } = localised('summaries', widget.tag, widget.summary);
  description.lang = lang;
  description.replaceChildren(withCode(text));
  // The package publishes each widget's schema; the builder links the one for this widget.
  const schema = new URL(`../dist/schemas/${widget.tag}.v1`, location.href);
  document.getElementById('schema-csv').href = `${schema}.csv`;
  document.getElementById('schema-json').href = `${schema}.json`;
  widgetAttributes.replaceChildren(...widget.attributes.filter((a) => !COMMON.has(a.name)).map(control));
}

/** The attributes the form describes, empty ones left out. */
function attributes() {
  const data = new FormData(form);
  const attrs = {};
  for (const name of ['lang', 'theme', ...[...widgetAttributes.querySelectorAll('[name]')].map((i) => i.name), 'title', 'subtitle', 'source', 'note']) {
    const value = String(data.get(name) ?? '').trim();
    if (value && !(name === 'theme' && value === 'light')) attrs[name] = value;
  }
  if (data.get('no-menu')) attrs['no-menu'] = '';
  if (data.get('data-source') === 'src') {
    for (const name of ['src', 'src-timeout']) {
      const value = String(data.get(name) ?? '').trim();
      if (value) attrs[name] = value;
    }
  }
  return attrs;
}

async function update() {
  const tag = tagSelect.value;
  const width = Number(form.elements.width.value);
  document.getElementById('width-value').textContent = t.width(width);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes())) el.setAttribute(name, value);
  preview.style.width = `${width}px`;
  preview.classList.toggle('dark', attributes().theme === 'dark');
  preview.replaceChildren(el);
  caption();
  await el.updateComplete;
  // The element writes its own snippet, so the page and the widget agree on the format.
  let code = el.embedCode();
  if (withFallback.checked) {
    // Assembled by splitting and joining, never by String.replace with a string: the fallback
    // carries the editor's text, and "$&", "$`" or "$'" in it would be read as replacement
    // patterns and paste the snippet's own markup into it.
    const fallback = el.fallbackHtml().split('\n').map((line) => `  ${line}`).join('\n');
    const end = `></${tag}>`;
    const at = code.lastIndexOf(end);
    code = `${code.slice(0, at)}>\n${fallback}\n</${tag}>${code.slice(at + end.length)}`;
  }
  snippet.value = code;
  copyStatus.textContent = '';
}

/**
 * The preview is never wider than the screen (CSS max-width): on a phone a 640 px chart is
 * drawn at the phone's width, as it would be in an article there. The caption says which.
 */
function caption() {
  const chosen = Number(form.elements.width.value);
  const style = getComputedStyle(preview);
  const shown = Math.round(preview.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
  previewCaption.textContent = shown < chosen ? t.previewNarrowed(shown) : t.preview(chosen);
}

async function copy() {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = t.copied;
  } catch {
    snippet.focus();
    snippet.select();
    copyStatus.textContent = t.copyBlocked;
  }
}

async function start() {
  try {
    widgets = await loadWidgets();
    // The page starts with the chart its preview already holds, so loading moves nothing.
    const first = tagSelect.value;
    tagSelect.replaceChildren(...widgets.map((w) => new Option(w.tag, w.tag)));
    if (widgets.some((w) => w.tag === first)) tagSelect.value = first;
    showWidgetAttributes();
    new ResizeObserver(caption).observe(preview);
    tagSelect.addEventListener('change', showWidgetAttributes);
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    withFallback.addEventListener('change', update);
    document.getElementById('copy').addEventListener('click', copy);
    await update();
    document.body.dataset.ready = '';
  } catch (error) {
    preview.textContent = t.cannotStart(error.message);
    console.error(error);
  }
}

start();
