/**
 * Page furniture from the seed layouts: the publisher notice, issue lists, vendor adverts and print links. The
 * reader must drop all of it; the generator adds it so ingest cost and furniture removal are measured on pages
 * shaped like the real ones.
 */
import { VENDORS } from './organisations.ts';
import type { Random } from './random.ts';

/** The Kommune21 publisher notice (verbatim wording of the seeds' "Aktuelle Information des Verlags"). */
export const PUBLISHER_NOTICE = `Aktuelle Information des Verlags


In Zeiten der Corona-Pandemie werden wir aktuelle Ausgaben von Kommune21 allen Interessierten bis auf weiteres kostenfrei digital zur Verfügung stellen. Weisen Sie bitte auch Ihre Kolleginnen und Kollegen im Homeoffice auf diese Möglichkeit hin.

Wir haben an dieser Stelle eine Bitte an Sie:
Die gegenwärtige Situation macht einmal mehr deutlich, wie wichtig das Thema Digitalisierung auch in Ihrer Verwaltung, Behörde oder Schule ist. Kommune21 berichtet seit 20 Jahren über alle wichtigen Themen der IT-gestützten Verwaltungsmodernisierung und hilft, die Digitalisierung im Public Sector transparent und besser zu gestalten. Bitte prüfen Sie über Ihre Buchhaltung, ob Sie bereits ein reguläres Abonnement von Kommune21 haben. Wenn nicht, dann freuen wir uns, wenn Sie gerade in diesen Zeiten ein Abonnement in Betracht ziehen. Danke!`;

export const PRINT_LINKS = 'Druckversion    PDF     Link mailen';

/** `Kommune21, Ausgabe 1/2022` and the three issues before it. */
export function issueList(year: number, month: number): string {
  const lines: string[] = [];
  let y = year;
  let m = month;
  for (let i = 0; i < 4; i++) {
    lines.push(`Kommune21, Ausgabe ${m}/${y}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return lines.join('\n');
}

/** Vendor advert block: name, postcode line, name again (as the seeds repeat it), optionally under a heading. */
export function vendorAdverts(rnd: Random, section: string): string {
  const vendors = rnd.sample(VENDORS, rnd.int(1, 3));
  const body = vendors.map((v) => `${v.name}\n${v.postcode}\n${v.name}`).join('\n');
  return rnd.chance(0.5) ? `Ausgewählte Anbieter aus dem Bereich ${section}:\n${body}` : body;
}

/** The Behörden Spiegel comment form. */
export const COMMENT_FORM = `Kommentieren Sie den Artikel

Please enter your comment!
Please enter your name here`;
