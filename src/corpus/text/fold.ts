/**
 * German-aware folding for matching (search index, topic queries). Applied identically to documents and
 * queries, so `Souveränität`, `Souveraenitaet` and `Souveranitat` all fold to `souveranitat`, and `Straße` and
 * `Strasse` to `strasse`. The transliterated pairs (ae/oe/ue) are folded too: that also folds e.g. `Quelle` to
 * `qulle` on both sides, which costs nothing for matching and is why folded text is never shown to anyone.
 */
export function foldGerman(s: string): string {
  return s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}
