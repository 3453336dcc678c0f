import { describe, it, expect } from 'vitest';
import TopicsChart from '../../../src/charts/TopicsChart.svelte';
import type { TopicSeries, Granularity } from '../../../src/worker/api.ts';
import type { Lang } from '../../../src/i18n/format.ts';
import month from '../../fixtures/charts/topics-month.json';
import quarter from '../../fixtures/charts/topics-quarter.json';
import year from '../../fixtures/charts/topics-year.json';
import few from '../../fixtures/charts/topics-few.json';
import empty from '../../fixtures/charts/topics-empty.json';
import many from '../../fixtures/charts/topics-many.json';
import { expectSvgSnapshot, extractSvg, normalizeSvg, renderBody } from './svgSnapshot.ts';

const noop = () => {};
function props(data: TopicSeries, granularity: Granularity, over: Record<string, unknown> = {}) {
  return {
    data, granularity, lang: 'de' as Lang, from: null, to: null, selectedTopics: [], hiddenTopics: [],
    onbrush: noop, ontoggletopic: noop, onselecttopic: noop, width: 640, height: 280, ...over,
  };
}

describe('TopicsChart snapshots', () => {
  const cases: [string, TopicSeries, Granularity, Record<string, unknown>][] = [
    ['topics-month', month, 'month', {}],
    ['topics-month-375-en', month, 'month', { width: 343, height: 240, lang: 'en' }],
    ['topics-quarter-range', quarter, 'quarter', { from: '2021-04', to: '2022-09', selectedTopics: ['cloud'] }],
    ['topics-year-hidden', year, 'year', { hiddenTopics: ['ozg', 'ki'] }],
    ['topics-few', few, 'month', {}],
    ['topics-empty', empty, 'month', {}],
    ['topics-many-multiples', many, 'quarter', { selectedTopics: ['cloud'], from: '2022-01', to: '2022-12' }],
    ['topics-many-375', many, 'quarter', { width: 343, height: 240, hiddenTopics: ['ki', 'ozg'] }],
  ];
  for (const [name, data, gran, over] of cases) {
    it(name, () => {
      expectSvgSnapshot(name, normalizeSvg(extractSvg(renderBody(TopicsChart, props(data, gran, over)))));
    });
  }
});

describe('TopicsChart markup', () => {
  it('shows undated counts beside the chart and an empty-state text', () => {
    expect(renderBody(TopicsChart, props(month, 'month'))).toContain('undatiert: 3');
    expect(renderBody(TopicsChart, props(empty, 'month'))).toContain('Keine Meldungen');
  });
  it('shows the range with a clear button and marks the focused bucket as pressed when it is in range', () => {
    const html = renderBody(TopicsChart, props(quarter, 'quarter', { from: '2021-04', to: '2022-09' }));
    expect(html).toContain('Zeitraum aufheben');
    const outside = html.match(/<button[^>]*tabindex="0"[^>]*>/g) ?? [];
    expect(outside).toHaveLength(1);
    expect(outside[0]).toContain('aria-pressed="false"'); // the first bucket (before 2021-04)
    const inside = renderBody(TopicsChart, props(quarter, 'quarter', { from: null, to: '2022-09' })).match(/<button[^>]*tabindex="0"[^>]*>/g) ?? [];
    expect(inside[0]).toContain('aria-pressed="true"');
  });
  it('has one roving focus target for the buckets, naming the bucket and its counts', () => {
    const html = renderBody(TopicsChart, props(year, 'year'));
    const at = html.indexOf('class="lb-hit');
    const hit = html.slice(at, html.indexOf('</div>', at));
    expect(hit.match(/<button/g)?.length).toBe(1);
    expect(html.match(/tabindex="0"/g)?.length).toBe(1);
    expect(html).not.toContain('tabindex="-1"');
    const label = /<button[^>]*tabindex="0"[^>]*aria-label="([^"]*)"/.exec(html)?.[1] ?? /aria-label="([^"]*)"[^>]*tabindex="0"/.exec(html)?.[1];
    expect(label).toMatch(/^\d{4}: /);
  });
});
