// The embed builder: an editor picks a widget and its options, sees it live, and copies the
// snippet. The form is built from custom-elements.json, so every widget and attribute the
// package documents appears here without editing this page.
const form = document.getElementById('options');
const tagSelect = document.getElementById('tag');
const widgetAttributes = document.getElementById('widget-attributes');
const preview = document.getElementById('preview-frame');
const snippet = document.getElementById('snippet');
const withFallback = document.getElementById('with-fallback');
const copyStatus = document.getElementById('copy-status');

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
    input.append(new Option('(default)', ''), ...options.map((o) => new Option(o, o)));
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
    hint.textContent = attribute.description;
    label.append(hint);
  }
  return label;
}

let widgets = [];

function showWidgetAttributes() {
  const widget = widgets.find((w) => w.tag === tagSelect.value);
  document.getElementById('tag-description').textContent = widget.summary;
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
  document.getElementById('width-value').textContent = `${width} px`;
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes())) el.setAttribute(name, value);
  preview.style.width = `${width}px`;
  preview.classList.toggle('dark', attributes().theme === 'dark');
  preview.replaceChildren(el);
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

async function copy() {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'Copying is blocked here: the code is selected, press Ctrl+C (⌘C).';
  }
}

async function start() {
  try {
    widgets = await loadWidgets();
    tagSelect.append(...widgets.map((w) => new Option(w.tag, w.tag)));
    showWidgetAttributes();
    tagSelect.addEventListener('change', showWidgetAttributes);
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    withFallback.addEventListener('change', update);
    document.getElementById('copy').addEventListener('click', copy);
    await update();
    document.body.dataset.ready = '';
  } catch (error) {
    preview.textContent = `The builder could not start: ${error.message}. Run "npm start" from the project folder.`;
    console.error(error);
  }
}

start();
