/**
 * Rollup plugin: strips comments and runs of white space from Lit `css` templates. esbuild
 * minifies the JavaScript around them but leaves a template literal's text as written, so the
 * explanatory comments in src/styles shipped to every reader (about 1 KB gzip per element).
 * Only the literal text between interpolations changes; `${…}` expressions are left alone.
 */
const template = /\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^}]*\})*)`/g;

const minifyText = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1');

export function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(template, (_, body) => {
        // Minify only the text parts; keep each interpolation verbatim. No trim: a space between
        // two interpolations (`${a} ${b}`) separates values.
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((p, i) => (i % 2 ? p : minifyText(p))).join('')}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
