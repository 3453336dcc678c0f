/**
 * Quoted passages: `„…“`, `“…”`, `"…"`, `»…«`, `«…»`. Classified by shape, because quotation marks in news
 * text also wrap names and slogans (`“govdigital”`, `„Digitale Modellkommunen NRW“`): only speech-like quotes and
 * lower-case fragments (`von einem „überfälligen Schritt“`) can be attributed to a speaker.
 */

/** A quoted passage. Offsets are into the text; `start`/`end` exclude the quotation marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  content: string;
  /**
   * `speech`: a sentence or clause someone said. `fragment`: a short lower-case phrase, speech only when the
   * sentence names a speaker. `name`: a title, name or slogan, never speech.
   */
  kind: 'speech' | 'fragment' | 'name';
}

/** Closing marks for each opening mark, in order of preference. */
const CLOSERS: Record<string, string> = { '„': '“”', '“': '”“', '"': '"', '»': '«', '«': '»' };
/** Quotes never span a paragraph, and a runaway opener must not scan the rest of the text. */
const MAX_QUOTE = 2000;
const OPENER_RE = /[„“"»«]/g;

/** All quoted passages in `text`, left to right. Linear: each opener scans forward at most to its closer. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // Openers are visited left to right, so the next closer (and paragraph break) after one is remembered and
  // searched again only once passed: a mark missing from the text is not searched for to its end at every opener.
  const next = new NextOccurrence(text);
  OPENER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENER_RE.exec(text)) !== null) {
    const i = m.index;
    const closers = CLOSERS[m[0]]!;
    const limit = Math.min(text.length, i + MAX_QUOTE);
    let j = -1;
    // By index, not `for … of`: iterating a string compiles its code-point iterator in (the closers are one unit each).
    for (let k = 0; k < closers.length; k++) {
      const at = next.after(closers[k]!, i + 1);
      if (at >= 0 && at < limit && (j < 0 || at < j)) j = at;
    }
    const para = next.after('\n\n', i + 1);
    if (j < 0 || (para >= 0 && para < j)) continue;
    const content = text.slice(i + 1, j);
    if (content.trim().length > 0) out.push({ start: i + 1, end: j, content, kind: classify(content) });
    OPENER_RE.lastIndex = j + 1;
  }
  return out;
}

/** `text.indexOf(s, from)` for calls whose `from` never decreases, remembering the last answer per string. */
class NextOccurrence {
  private readonly found = new Map<string, number>();
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  after(s: string, from: number): number {
    const last = this.found.get(s);
    // The last answer holds while it is at or after `from`; -1 (none after an earlier start) holds for good.
    if (last !== undefined && (last < 0 || last >= from)) return last;
    const at = this.text.indexOf(s, from);
    this.found.set(s, at);
    return at;
  }
}

const WORD_LIKE_RE = /[\p{L}\p{N}]/u;

function classify(content: string): QuoteSpan['kind'] {
  const trimmed = content.trim();
  let words = 0; // pieces with a letter or digit (a count: no filtered array, no closure per quote)
  for (const w of trimmed.split(/\s+/)) if (WORD_LIKE_RE.test(w)) words++;
  const sentenceLike = /[.!?…]$/u.test(trimmed) && words >= 2;
  if (words >= 5 || sentenceLike) return 'speech';
  if (words >= 2 && /^\p{Ll}/u.test(trimmed)) return 'fragment';
  // Names and titles have no comma inside: `„Marathon, keinen Sprint“` is said, not named.
  if (words >= 3 && /\p{L},\s/u.test(trimmed)) return 'fragment';
  return 'name';
}
