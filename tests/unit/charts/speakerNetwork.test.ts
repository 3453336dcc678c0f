import { describe, it, expect } from 'vitest';
import SpeakerNetwork from '../../../src/charts/SpeakerNetwork.svelte';
import type { SpeakerGraph } from '../../../src/worker/api.ts';
import type { Lang } from '../../../src/i18n/format.ts';
import speakers from '../../fixtures/charts/speakers.json';
import { expectSvgSnapshot, extractSvg, normalizeSvg, renderBody } from './svgSnapshot.ts';

const data = speakers as SpeakerGraph;
const base = { data, lang: 'de' as Lang, selectedPeople: [] as string[], onselectperson: () => {} };

describe('SpeakerNetwork snapshots', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['speakers', { width: 640, height: 420 }],
    ['speakers-selected', { width: 640, height: 420, selectedPeople: ['Helmut Dedy'] }],
    ['speakers-375', { width: 343, height: 320, lang: 'en' }],
    ['speakers-empty', { width: 640, height: 300, data: { nodes: [], links: [] } }],
  ];
  for (const [name, over] of cases) {
    it(name, () => expectSvgSnapshot(name, normalizeSvg(extractSvg(renderBody(SpeakerNetwork, { ...base, ...over })))));
  }
  it('makes every node a focusable button and lists organisations in the legend', () => {
    const html = renderBody(SpeakerNetwork, { ...base, width: 640, height: 420 });
    expect(html.match(/<button[^>]*class="node /g)?.length).toBe(9);
    expect(html).toContain('Sonstige');
  });
});
