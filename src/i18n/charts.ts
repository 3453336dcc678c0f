/** The charts' own strings, German and English. Components call `chartText(lang)`. */
import type { Lang } from './format.ts';

const de = {
  showTable: 'Als Tabelle anzeigen',
  showChart: 'Als Diagramm anzeigen',
  exportCsv: 'CSV',
  exportSvg: 'SVG',
  exportPng: 'PNG',
  exportLabel: 'Exportieren',
  downloadCsv: 'Daten als CSV herunterladen',
  downloadSvg: 'Bild als SVG herunterladen',
  downloadPng: 'Bild als PNG herunterladen',
  undated: 'undatiert',
  noData: 'Keine Daten für diese Auswahl.',
  clearRange: 'Zeitraum aufheben',
  range: 'Zeitraum',
  hide: 'ausblenden',
  show: 'einblenden',
  filterBy: 'Als Filter setzen',
  removeFilter: 'Filter entfernen',
  topicsSummary: (n: number, from: string, to: string, total: number) =>
    `Liniendiagramm: ${n} Themen von ${from} bis ${to}, zusammen ${total} Meldungen.`,
  topicsEmpty: 'Keine Meldungen zu den Themen in dieser Auswahl.',
  noReports: 'keine Meldungen',
  brushHelp: 'Ziehen wählt einen Zeitraum. Tastatur: Pfeiltasten wählen einen Zeitabschnitt, Eingabe setzt ihn als Zeitraum, Umschalt+Eingabe erweitert den Zeitraum, Escape hebt ihn auf.',
  bucket: 'Zeitabschnitt',
  count: 'Anzahl',
  topic: 'Thema',
  organisation: 'Organisation',
  orgsSummary: (n: number, links: number) =>
    `Matrix: ${n} Organisationen, ${links} Paare werden gemeinsam erwähnt.`,
  orgsEmpty: 'Keine Organisationen in dieser Auswahl.',
  mentions: (n: string) => `${n} Erwähnungen`,
  together: (n: string) => `${n} gemeinsam`,
  matrixHelp: 'Pfeiltasten bewegen durch die Zellen, Eingabe filtert nach dem Paar.',
  matrixNumbersHidden: 'Zahlen, die nicht in ihre Zelle passen, stehen im Tooltip und in der Tabelle.',
  networkSummary: (n: number, links: number) => `Netzwerk: ${n} Organisationen, ${links} Verbindungen.`,
  speakersSummary: (n: number, links: number) =>
    `Netzwerk: ${n} Sprechende, ${links} Verbindungen durch gemeinsame Artikel.`,
  speakersEmpty: 'Keine Sprechenden in dieser Auswahl.',
  quotes: 'Zitate',
  articles: 'Artikel',
  role: 'Funktion',
  other: 'Sonstige',
  noOrg: 'ohne Organisation',
  networkHelp: 'Tab erreicht die Knoten, Eingabe filtert. Ziehen verschiebt, Strg + Mausrad oder Zwei-Finger-Geste zoomt.',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  zoomReset: 'Ansicht zurücksetzen',
  name: 'Name',
  sharedArticles: 'Gemeinsame Artikel',
  months: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  monthsLong: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};

export type ChartText = typeof de;

const en: ChartText = {
  showTable: 'Show as table',
  showChart: 'Show as chart',
  exportCsv: 'CSV',
  exportSvg: 'SVG',
  exportPng: 'PNG',
  exportLabel: 'Export',
  downloadCsv: 'Download data as CSV',
  downloadSvg: 'Download picture as SVG',
  downloadPng: 'Download picture as PNG',
  undated: 'undated',
  noData: 'No data for this selection.',
  clearRange: 'Clear time range',
  range: 'Time range',
  hide: 'hide',
  show: 'show',
  filterBy: 'Use as filter',
  removeFilter: 'Remove filter',
  topicsSummary: (n, from, to, total) =>
    `Line chart: ${n} topics from ${from} to ${to}, ${total} reports in all.`,
  topicsEmpty: 'No reports on these topics in this selection.',
  noReports: 'no reports',
  brushHelp: 'Drag to select a time range. Keyboard: arrow keys pick a period, Enter sets it as the range, Shift+Enter extends the range, Escape clears it.',
  bucket: 'Period',
  count: 'Count',
  topic: 'Topic',
  organisation: 'Organisation',
  orgsSummary: (n, links) => `Matrix: ${n} organisations, ${links} pairs are mentioned together.`,
  orgsEmpty: 'No organisations in this selection.',
  mentions: (n) => `${n} mentions`,
  together: (n) => `${n} together`,
  matrixHelp: 'Arrow keys move through the cells, Enter filters by the pair.',
  matrixNumbersHidden: 'Numbers too wide for their cell are in the tooltip and the table.',
  networkSummary: (n, links) => `Network: ${n} organisations, ${links} links.`,
  speakersSummary: (n, links) => `Network: ${n} speakers, ${links} links through shared articles.`,
  speakersEmpty: 'No speakers in this selection.',
  quotes: 'Quotes',
  articles: 'Articles',
  role: 'Role',
  other: 'Other',
  noOrg: 'no organisation',
  networkHelp: 'Tab reaches the nodes, Enter filters. Drag to pan; Ctrl + wheel or pinch to zoom.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset view',
  name: 'Name',
  sharedArticles: 'Shared articles',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  monthsLong: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function chartText(lang: Lang): ChartText {
  return lang === 'en' ? en : de;
}

/** Human label of a bucket key: `2019-11` → `November 2019`, `2019-Q4` → `Q4 2019`, `2019` → `2019`. */
export function bucketLabel(key: string, lang: Lang): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q) return lang === 'de' ? `${q[2]}. Quartal ${q[1]}` : `Q${q[2]} ${q[1]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return `${chartText(lang).monthsLong[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  return key;
}
