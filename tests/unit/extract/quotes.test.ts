import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/corpus/extract/quotes.ts';

describe('quotes', () => {
  it.each([
    ['„Wir müssen den Schwung der Digitalisierung nutzen“, sagte er.', 'speech'],
    ['“Wir stehen hier erst am Anfang einer Technologieentwicklung”, so Rehfeld.', 'speech'],
    ['»Das spart Zeit auf beiden Seiten des Schreibtischs.«', 'speech'],
    ['«Beschäftigte müssen wissen, wann eine Maschine mitentscheidet», sagte sie.', 'speech'],
    ['ergänzte: "Jede Schülerin bekommt denselben Zugang."', 'speech'],
    ['sprach von einem „überfälligen Schritt“.', 'fragment'],
    ['eine Genossenschaft namens “govdigital”', 'name'],
    ['die “OZG Task Force” aus Verbänden', 'name'],
    ['des Landesprogramms „Digitale Modellkommunen NRW“', 'name'],
    ['„Digital first“ und „User first“ sollen Grundsätze sein.', 'name'],
    ['lautet das Motto „Wir – die vernetzte Stadt“.', 'name'],
  ])('%s → %s', (text, kind) => {
    const q = findQuotes(text);
    expect(q.length).toBeGreaterThan(0);
    expect(q[0]!.kind).toBe(kind);
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe(q[0]!.content);
  });

  it('an unclosed quote mark yields nothing and does not swallow the text', () => {
    expect(findQuotes('Er sagte „so nicht.\n\nNeuer Absatz.')).toEqual([]);
  });
});
