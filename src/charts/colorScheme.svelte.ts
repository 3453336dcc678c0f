/**
 * The colour scheme the page is drawn in, as reactive state, so charts can take the categorical palette made for
 * it (layout/palette.ts): the theme colours are CSS custom properties, but a line's colour is computed in layout/
 * and written into the SVG (and into exported pictures), so it has to be chosen in script.
 *
 * The rule is global.css's: `?theme=light|dark` (main.ts sets `data-theme` on <html> before anything is drawn)
 * forces a scheme; otherwise the browser's `prefers-color-scheme` decides, followed live when the reader's system
 * switches. Without a DOM (server rendering, unit tests, the CLI) it is light.
 */
import { categoricalPalette } from '../layout/palette.ts';

class ColorScheme {
  #dark = $state(false);

  constructor() {
    if (typeof document === 'undefined' || typeof matchMedia !== 'function') return;
    const forced = document.documentElement.dataset.theme;
    if (forced === 'light' || forced === 'dark') {
      this.#dark = forced === 'dark';
      return;
    }
    const query = matchMedia('(prefers-color-scheme: dark)');
    this.#dark = query.matches;
    query.addEventListener('change', (e) => (this.#dark = e.matches));
  }

  get scheme(): 'light' | 'dark' {
    return this.#dark ? 'dark' : 'light';
  }

  /** The categorical palette for the current scheme. */
  get palette(): readonly string[] {
    return categoricalPalette(this.scheme);
  }
}

/** One per page: the scheme is the page's, not a chart's. */
export const colorScheme = new ColorScheme();
