/**
 * The UI language: the one in the link (`?lang=en`) wins, else the one remembered in localStorage, else German.
 * Shared through typed context (`getI18n()`), never a module singleton, so two dashboards can live on one page.
 */
import { createContext } from 'svelte';
import { messages, type Messages } from './messages.ts';
import { formatDate, formatNumber, type Lang } from './format.ts';

const STORAGE_KEY = 'lagebild.lang';

export class I18n {
  /** Language named in the URL, or null. */
  fromUrl = $state<Lang | null>(null);
  /** Language the user chose last time (localStorage), or null. */
  remembered = $state<Lang | null>(readRemembered());

  readonly lang: Lang = $derived(this.fromUrl ?? this.remembered ?? 'de');
  readonly t: Messages = $derived(messages[this.lang]);

  /** A user's explicit choice: remembered, and put in the URL only when it differs from the default. */
  choose(lang: Lang): void {
    this.remembered = lang;
    this.fromUrl = lang === 'de' ? null : lang;
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Private mode or storage disabled: the choice still holds for this page.
    }
  }

  number = (n: number): string => formatNumber(n, this.lang);
  date = (d: string | null): string => formatDate(d, this.lang, this.t.undated);
}

function readRemembered(): Lang | null {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v === 'de' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

export const [getI18n, setI18n] = createContext<I18n>();
