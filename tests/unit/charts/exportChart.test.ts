import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { BOM, csvField, legendMarkup, slug, standaloneSvg, toCsv } from '../../../src/charts/exportChart.ts';
import { matrixTable, speakersTable, topicsLegend, topicsTable } from '../../../src/charts/chartTables.ts';
import type { CoMentionMatrix, SpeakerGraph, TopicSeries } from '../../../src/worker/api.ts';
import few from '../../fixtures/charts/topics-few.json';
import many from '../../fixtures/charts/topics-many.json';
import { topicLayout } from '../../../src/layout/topicLines.ts';
import { CATEGORICAL_DARK } from '../../../src/layout/palette.ts';
import orgs from '../../fixtures/charts/orgs.json';
import speakers from '../../fixtures/charts/speakers.json';

describe('csvField (RFC 4180)', () => {
  it.each<[string | number | null, string]>([
    ['Vitako', 'Vitako'],
    ['Deutscher Städtetag', 'Deutscher Städtetag'],
    ['Bizer, Johann', '"Bizer, Johann"'],
    ['Er sagte: "Souveränität"', '"Er sagte: ""Souveränität"""'],
    ['Zeile 1\nZeile 2', '"Zeile 1\nZeile 2"'],
    [1234.5, '1234.5'],
    [null, ''],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-3', '-3'],
  ])('%j → %s', (v, want) => {
    expect(csvField(v)).toBe(want);
  });
  it('writes BOM, header and CRLF rows', () => {
    expect(toCsv({ columns: ['Thema', 'Anzahl'], rows: [['Souveränität', 3], ['Cloud, hybrid', 1]] })).toBe(
      `${BOM}Thema,Anzahl\r\nSouveränität,3\r\n"Cloud, hybrid",1\r\n`,
    );
  });
});

describe('SVG export helpers', () => {
  it('wraps content as a stand-alone SVG with a background', () => {
    const s = standaloneSvg('<circle r="3"/>', 200, 100, '#ffffff', 'Themen & Zeit');
    expect(s).toMatch(/^<\?xml/);
    expect(s).toContain('xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"');
    expect(s).toContain('<title>Themen &amp; Zeit</title>');
  });
  it('flows legend entries into rows within the width', () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ label: `Thema Nummer ${i}`, color: '#0072B2' }));
    const narrow = legendMarkup(items, 200);
    const wide = legendMarkup(items, 1200);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const m of narrow.markup.matchAll(/<rect x="([\d.]+)"/g)) expect(Number(m[1])).toBeLessThan(200);
    expect(legendMarkup([], 300)).toEqual({ markup: '', height: 0 });
  });
  it.each([['Themen über die Zeit', 'themen-ueber-die-zeit'], ['Sprecher:innen-Netz', 'sprecher-innen-netz'], ['!!', 'chart']])('slug(%s)', (a, b) => {
    expect(slug(a)).toBe(b);
  });
});

describe('chart tables', () => {
  it('topics: one row per bucket plus undated, one column per topic', () => {
    const t = topicsTable(few as TopicSeries, 'de');
    expect(t.columns[0]).toBe('Zeitabschnitt');
    expect(t.rows.map((r) => r[0])).toEqual(['März 2021', 'April 2021', 'Mai 2021', 'undatiert']);
    expect(t.rows[0]!.length).toBe(1 + few.series.length);
  });
  it('matrix: square, diagonal = own count', () => {
    const t = matrixTable(orgs as CoMentionMatrix, 'en');
    expect(t.rows.length).toBe(8);
    expect(t.rows[0]![1]).toBe(14);
  });
  it('speakers: most quoted first, partners listed', () => {
    const t = speakersTable(speakers as SpeakerGraph, 'de');
    expect(t.rows[0]![0]).toBe('Hans-Henning Lühr');
    expect(String(t.rows[0]![5])).toContain('Dieter Rehfeld (3)');
  });
  it('topic legend follows hidden topics', () => {
    expect(topicsLegend(few as TopicSeries, ['ozg']).map((l) => l.label)).not.toContain('Onlinezugangsgesetz');
  });
  // The exported legend must name the colours the chart draws: with any topics hidden (colours are keyed among the
  // visible ones), in either scheme, and not at all for small multiples (one colour, every band labelled).
  it.each([['few', few], ['many', many]] as const)('topic legend shows the chart\'s own colours (%s topics)', (_, fixture) => {
    const data = fixture as TopicSeries;
    const ids = data.series.map((s) => s.topic.id);
    fc.assert(fc.property(fc.subarray(ids), fc.boolean(), (hidden, dark) => {
      const palette = dark ? CATEGORICAL_DARK : undefined;
      const layout = topicLayout({ data, granularity: 'month', width: 640, height: 300, lang: 'de', hiddenTopics: hidden, palette });
      const drawn = layout.series.filter((s) => !s.hidden).map((s) => ({ label: s.label, color: s.color }));
      expect(topicsLegend(data, hidden, palette)).toEqual(layout.mode === 'multiples' ? [] : drawn);
    }));
  });
});
