/**
 * German-aware folding for matching (search index, topic queries). Applied identically to documents and
 * queries, so `Souveränität`, `Souveraenitaet` and `Souveranitat` all fold to `souveranitat`, and `Straße` and
 * `Strasse` to `strasse`. The transliterated pairs (ae/oe/ue) are folded too: that also folds e.g. `Quelle` to
 * `qulle` on both sides, which costs nothing for matching and is why folded text is never shown to anyone.
 */

/** The definition: lower case, `ß` → `ss`, accents dropped (NFD without combining marks), ae/oe/ue → a/o/u. */
function foldSlow(s: string): string {
  return s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}

/**
 * What one lower-cased character folds to, for the characters where that can be decided alone: Latin letters and
 * symbols below U+0300, the combining accents (dropped), general punctuation and currency signs. All of them are
 * starters or dropped marks, so normalising them one by one equals normalising the whole text. `null`: any other
 * character (the whole string then takes {@link foldSlow}).
 */
function foldOne(c: number): string | null {
  if (!((c >= 0x80 && c < 0x370) || (c >= 0x2000 && c < 0x20d0))) return null;
  const r = String.fromCharCode(c).replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (let k = 0; k < r.length; k++) {
    const d = r.charCodeAt(k);
    if (!(d < 0x300 || (d >= 0x2000 && d < 0x20d0))) return null;
  }
  return r;
}

/**
 * {@link foldOne} of every character below U+20D0, computed once (≈ 1,000 characters). Filled on first sight, a
 * rare character (the first `é` of a load) ran code the optimised `foldGerman` had never seen, and deoptimised it
 * and the topic matching it is compiled into.
 */
const SINGLE_END = 0x20d0;
const single: (string | null)[] = [];
for (let c = 0; c < SINGLE_END; c++) single.push(c < 0x80 ? null : foldOne(c));

function foldChar(c: number): string | null {
  return c < SINGLE_END ? single[c]! : null;
}

/**
 * Fold `s` (see the module comment). One pass over the lower-cased text instead of six whole-text passes (the
 * normalisation the most expensive of them): this runs over every document's text for the topics and over every
 * term of the search index. Strings with characters outside {@link foldChar}'s table take the definition itself.
 */
export function foldGerman(s: string): string {
  const lower = s.toLowerCase();
  const n = lower.length;
  let parts: string[] | null = null;
  let run = 0; // start of the characters not yet copied to `parts`
  let prev = 0; // the previous character after accent folding: an `e` after a, o or u is dropped
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128) {
      if (c === 101 && (prev === 97 || prev === 111 || prev === 117)) {
        (parts ??= []).push(lower.slice(run, i));
        run = i + 1;
      }
      prev = c;
      continue;
    }
    const f = foldChar(c);
    if (f === null) return foldSlow(s);
    if (f.length === 1 && f.charCodeAt(0) === c) {
      prev = c;
      continue;
    }
    (parts ??= []).push(lower.slice(run, i));
    run = i + 1;
    for (let k = 0; k < f.length; k++) { // `é` folds to an `e` that may follow an a, o or u
      const d = f.charCodeAt(k);
      if (!(d === 101 && (prev === 97 || prev === 111 || prev === 117))) parts.push(f.charAt(k));
      prev = d;
    }
  }
  if (parts === null) return lower;
  parts.push(lower.slice(run));
  return parts.join('');
}
