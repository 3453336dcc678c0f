/**
 * File sizes for progress lines and the own-files list, without `Intl`: the first `toLocaleString` with options
 * on a page loads locale data (≈ 70 ms on the main thread, measured in the loading screen; issue 4).
 */
import { formatNumber, type Lang } from '../i18n/format.ts';

const DECIMAL: Record<Lang, string> = { de: ',', en: '.' };

/** `n` rounded to `maxDigits` decimals, trailing zeros dropped down to `minDigits`; grouped as `formatNumber`. */
export function formatDecimal(n: number, lang: Lang, maxDigits: number, minDigits = 0): string {
  if (!Number.isFinite(n) || Math.abs(n) >= Number.MAX_SAFE_INTEGER / 10 ** maxDigits) return formatNumber(n, lang);
  const fixed = Math.abs(n).toFixed(maxDigits);
  const [whole = '0', fraction = ''] = fixed.split('.');
  let frac = fraction;
  while (frac.length > minDigits && frac.endsWith('0')) frac = frac.slice(0, -1);
  const negative = n < 0 && /[1-9]/.test(fixed);
  return (negative ? '-' : '') + formatNumber(Number(whole), lang) + (frac ? DECIMAL[lang] + frac : '');
}

/** Megabytes with two decimals: `1,25` (German), `1.25` (English). */
export const formatMb = (bytes: number, lang: Lang): string => formatDecimal(bytes / 1_048_576, lang, 2, 2);

/** Kilobytes with at most one decimal and the unit: `12,5 KB`. */
export const formatKb = (bytes: number, lang: Lang): string => `${formatDecimal(bytes / 1024, lang, 1)} KB`;

/** A local calendar day as the dashboard shows dates (`25.11.2019`, `25 Nov 2019`). */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
