/**
 * Phrases in a search query: words in quotation marks (`"digitale Souveränität"`, `„Einer für Alle“`, `»…«`) must
 * occur together, in that order, not just somewhere in the same document.
 *
 * The index finds the documents with every word (AND); a phrase then keeps those whose folded text has the words
 * adjacent (topics.ts matching: case, umlauts and ß folded, word boundaries, any white space between the words).
 * An opening mark without its closing one is the phrase being typed: its last word matches as a prefix, like the
 * last word of any query.
 */

// Opening mark → the closing marks accepted for it (German, English and straight quotes are mixed in practice).
const CLOSERS: Record<string, string> = { '"': '"“”', '„': '“”"', '“': '”"', '»': '«', '«': '»', '‚': '‘’', '‘': '’' };

export interface QueryPhrase {
  /** The words as typed, without the marks. */
  text: string;
  /** True for an unclosed phrase at the end of the query: its last word is matched as a prefix. */
  open: boolean;
}

/** The quoted phrases of a query with at least two words (a single quoted word is just a word). */
export function queryPhrases(q: string): QueryPhrase[] {
  const out: QueryPhrase[] = [];
  let i = 0;
  while (i < q.length) {
    const closers = CLOSERS[q[i]!];
    if (closers === undefined) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < q.length && !closers.includes(q[j]!)) j++;
    const text = q.slice(i + 1, j).replace(/[,]/g, ' ').trim();
    if (/\s/.test(text)) out.push({ text, open: j >= q.length });
    i = j + 1;
  }
  return out;
}
