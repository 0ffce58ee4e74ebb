// Control characters (C0, DEL, C1), line and paragraph separators and bidirectional
// overrides: text from a document or a file name could otherwise move the cursor,
// recolour the terminal or reorder what the user reads.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every character that could alter a terminal's display written as `\uXXXX`. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `text` in double quotes, escaped like a JSON string and made {@link printable}. */
export function quoted(text: string): string {
  return printable(JSON.stringify(text));
}
