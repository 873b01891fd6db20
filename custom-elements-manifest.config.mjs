// Options for `cem analyze`: the manifest describes the public surface only, so editors and
// the Storybook docs do not list the elements' private and protected internals. It names the
// files that ship (dist/esm, dist/types), not the sources, and feeds the editor data
// (VS Code custom data, JetBrains web-types) written next to it.
import { readFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/** Where a source module ships: element entries as ESM files; the shared base class as its declarations. */
function shippedPath(path) {
  // Inherited members name their source as `/src/elements/x.js`, the rest as `src/elements/x.ts`.
  const source = /^\/?src\/(.*)\.[jt]s$/.exec(path)?.[1];
  if (!source) return path;
  const element = /^elements\/(kz-[a-z-]+)$/.exec(source);
  return element ? `dist/esm/${element[1]}.js` : `dist/types/${source}.d.ts`;
}

/** Rewrites every `module`/`path` reference in the manifest to the shipped file. */
function pointAtShippedFiles(node) {
  if (Array.isArray(node)) return node.forEach(pointAtShippedFiles);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'module' || key === 'path') && typeof value === 'string') node[key] = shippedPath(value);
    else pointAtShippedFiles(value);
  }
}

export default {
  globs: ['src/elements/kz-*.ts', 'src/elements/chart-element.ts'],
  litelement: true,
  plugins: [
    {
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          // Type-only re-exports (a widget's row type, the event detail) are no JS exports.
          const declared = new Set((mod.declarations ?? []).map((d) => d.name));
          mod.exports = mod.exports?.filter((e) => declared.has(e.declaration?.name));
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
            }
          }
        }
      },
    },
    {
      // The base class declares `data: RowsData<Row>`; each element's manifest entry names its own rows.
      name: 'rows-per-element',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          const row = /extends ChartElement<[^{]*?(\w+Row)>/.exec(readFileSync(mod.path, 'utf8'))?.[1];
          if (!row) continue;
          for (const declaration of mod.declarations ?? []) {
            const data = declaration.members?.find((m) => m.name === 'data');
            if (data) data.type = { text: `RowsData<${row}> | undefined` };
          }
        }
      },
    },
    {
      // `lang` is HTML's (any language tag, typed string); editors offer the three the widgets speak.
      name: 'lang-values',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
          const lang = declaration.attributes?.find((a) => a.name === 'lang');
          if (lang) lang.type = { text: "'kk' | 'ru' | 'en'" };
        }
      },
    },
    {
      // "Default `#1d4ed8`." in a @cssprop's text is its default, which editors show on their own.
      name: 'css-property-defaults',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
          for (const prop of declaration.cssProperties ?? []) {
            const stated = /Default(?:: inherited| `([^`]+)`)/.exec(prop.description ?? '');
            if (stated && prop.default === undefined) prop.default = stated[1] ?? 'inherit';
          }
        }
      },
    },
    {
      name: 'shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        pointAtShippedFiles(customElementsManifest.modules);
      },
    },
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', fileName: 'web-types.json', hideLogs: true }),
  ],
};
