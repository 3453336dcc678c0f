/** Language-aware number and date formatting: German (`25.11.2019`, `1.234`) or English. */
export type Lang = 'de' | 'en';

const locales: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const GROUP: Record<Lang, string> = { de: '.', en: ',' };

/**
 * `1.234` (German) or `1,234` (English). Whole numbers, which is nearly every number the dashboard shows, are
 * grouped by hand: the same output as `Intl.NumberFormat` for `de-DE` / `en-GB`, without its cost (the first
 * `Intl.NumberFormat` of a page loads locale data: ~100 ms on the main thread while the dashboard loads, issue 4).
 * Anything else (fractions, huge or non-finite numbers) goes through a cached `Intl.NumberFormat`.
 */
export function formatNumber(n: number, lang: Lang): string {
  if (Number.isSafeInteger(n)) {
    const digits = String(n < 0 ? -n : n);
    let out = digits.length > 3 ? groupDigits(digits, GROUP[lang]) : digits;
    if (n < 0 || Object.is(n, -0)) out = '-' + out;
    return out;
  }
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(locales[lang])));
  return f.format(n);
}

function groupDigits(digits: string, sep: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
  return out;
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
