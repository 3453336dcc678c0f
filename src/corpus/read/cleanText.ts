/**
 * Last line of defence for every string the reader emits: whatever the input format, no markup and no control
 * characters reach a document. HTML input is already stripped; this also covers plain-text pages that contain
 * tag-like text and entities that decode to `<script>`.
 */

// `<` followed by a letter, `/`, `!` or `?` could start a tag in whatever renders the text later.
const TAG_START = /<(?=[A-Za-z/!?])/g;
// C0/C1 controls except tab and newline; U+FFFD from broken bytes is kept, it marks the damage honestly.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Replace tag-opening `<` with `‹`; keeps the length, so offsets into the string stay valid. */
export function neutraliseMarkup(s: string): string {
  return s.replace(TAG_START, '‹');
}

// Any character either replacement could touch: nearly every string has none, and one scan that says so is
// cheaper than two scans (every field of every document passes here).
// eslint-disable-next-line no-control-regex
const ANY_TO_CLEAN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f<]/;

/** Replace tag-opening `<` with `‹` (visually close, never markup) and drop control characters. */
export function cleanText(s: string): string {
  if (!ANY_TO_CLEAN.test(s)) return s;
  return s.replace(CONTROLS, '').replace(TAG_START, '‹');
}
