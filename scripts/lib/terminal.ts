/**
 * Text from DNS on a terminal. TXT records are anyone's bytes: an escape sequence in one could move
 * the cursor, rewrite earlier lines or set the window title. Control characters (C0, DEL, C1), the
 * Unicode line and paragraph separators and the bidi controls are shown escaped instead.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

const NOT_JSON_ESCAPED = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * JSON for a terminal: JSON.stringify already escapes C0, but leaves DEL, C1 (0x9b is a one-byte CSI
 * on some terminals) and the Unicode separators raw. Escaped as \uXXXX they stay valid JSON.
 */
export function terminalJson(value: unknown): string {
  // C0 inside strings is escaped by JSON.stringify; the raw newlines left are its own indentation.
  return JSON.stringify(value, null, 2).replace(
    NOT_JSON_ESCAPED,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
