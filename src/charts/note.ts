/** A line under a chart: text after the widget's prefix, or with a prefix of its own. */
export type Note = string | { prefix: string; text: string };

/** A note as the reader reads it, prefix first. */
export const noteText = (note: Note, notePrefix: string): string =>
  typeof note === 'string' ? `${notePrefix} ${note}` : `${note.prefix} ${note.text}`;
