/** Text for markup we write as strings (static SVG and HTML, the no-script fallback, embed codes). */
export const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

/** ` lang="kk" mode="change"`: the attributes that have a value, each escaped, with a leading space. */
export const attributeString = (attributes: Record<string, string | undefined>) =>
  Object.entries(attributes)
    .filter(([, v]) => v != null && v !== '')
    .map(([k, v]) => ` ${k}="${escapeAttribute(v!)}"`)
    .join('');
