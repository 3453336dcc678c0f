/** Language-aware number and date formatting: German (`25.11.2019`, `1.234`) or English. */
export type Lang = 'de' | 'en';

const locales: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(locales[lang])));
  return f.format(n);
}

/**
 * Format a corpus date (`YYYY-MM-DD` or `YYYY-MM`) without going through `Date`, so no time zone can shift it.
 * German: `25.11.2019` / `11/2019`; English: `25 Nov 2019` / `Nov 2019`.
 */
export function formatDate(date: string | null, lang: Lang, undatedLabel = lang === 'de' ? 'undatiert' : 'undated'): string {
  if (!date) return undatedLabel;
  const [y, m, d] = date.split('-');
  if (!y || !m) return date;
  if (lang === 'de') return d ? `${d}.${m}.${y}` : `${m}/${y}`;
  const month = MONTHS_EN[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
