import { describe, it, expect } from 'vitest';
import { createRawSnippet } from 'svelte';
import ChartFrame from '../../../src/charts/ChartFrame.svelte';
import TopicsChart from '../../../src/charts/TopicsChart.svelte';
import OrgMatrix from '../../../src/charts/OrgMatrix.svelte';
import SpeakerNetwork from '../../../src/charts/SpeakerNetwork.svelte';
import { renderBody } from './svgSnapshot.ts';

const chart = createRawSnippet((width: () => number) => ({ render: () => `<svg data-chart width="${width()}" height="10"></svg>` }));

describe('ChartFrame', () => {
  it('is a figure with caption, toolbar and the chart at the fallback width', () => {
    const html = renderBody(ChartFrame, {
      title: 'Themen über die Zeit', description: 'Meldungen je Monat', lang: 'de',
      table: { columns: ['Monat', 'Anzahl'], rows: [['Januar 2020', 1234]] }, children: chart, fallbackWidth: 500,
    });
    expect(html).toMatch(/<figure[^>]*>[\s\S]*<figcaption[^>]*>[\s\S]*Themen über die Zeit[\s\S]*Meldungen je Monat/);
    expect(html).toContain('Als Tabelle anzeigen');
    for (const label of ['Daten als CSV herunterladen', 'Bild als SVG herunterladen', 'Bild als PNG herunterladen']) expect(html).toContain(label);
    expect(html).toContain('<svg data-chart width="500"');
  });
  it('speaks English', () => {
    const html = renderBody(ChartFrame, { title: 'Topics', description: 'd', lang: 'en', table: { columns: [], rows: [] }, children: chart });
    expect(html).toContain('Show as table');
  });
});

describe('edge cases render without throwing', () => {
  const noop = () => {};
  it('topics without buckets or series', () => {
    const html = renderBody(TopicsChart, {
      data: { buckets: [], bucketStarts: [], series: [] }, lang: 'de', granularity: 'month', from: null, to: null,
      selectedTopics: [], hiddenTopics: [], onbrush: noop, ontoggletopic: noop, onselecttopic: noop,
    });
    expect(html).toContain('Keine Meldungen');
  });
  it('a single bucket gets a time axis with two ticks', () => {
    const html = renderBody(TopicsChart, {
      data: { buckets: ['2021'], bucketStarts: ['2021-01-01'], series: [{ topic: { id: 'ki', label: 'KI', query: 'KI' }, counts: [2], total: 2, undated: 0 }] },
      lang: 'en', granularity: 'year', from: null, to: null, selectedTopics: [], hiddenTopics: [], onbrush: noop, ontoggletopic: noop, onselecttopic: noop,
    });
    expect(html).toContain('>2021</text>');
    expect(html).toMatch(/<path d="M[^"]*a2.5,2.5 0 1,0 5,0/); // the one non-zero point, drawn as a dot
  });
  it('a matrix of one organisation, a network of one speaker', () => {
    expect(renderBody(OrgMatrix, { data: { orgs: [{ name: 'Vitako', count: 3 }], counts: [[3]], cellTitles: {} }, lang: 'de', selectedOrgs: ['Vitako'], onselectorgs: noop })).toContain('Vitako');
    const one = { id: 'k', name: 'Kay Ruge', role: null, organisation: null, quotes: 0, articles: 1, sampleQuote: null, x: 0.5, y: 0.5 };
    expect(renderBody(SpeakerNetwork, { data: { nodes: [one], links: [] }, lang: 'de', selectedPeople: [], onselectperson: noop })).toContain('Kay Ruge');
  });
});
