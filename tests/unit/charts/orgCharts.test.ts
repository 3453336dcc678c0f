import { describe, it, expect } from 'vitest';
import OrgMatrix from '../../../src/charts/OrgMatrix.svelte';
import OrgNetwork from '../../../src/charts/OrgNetwork.svelte';
import type { CoMentionMatrix } from '../../../src/worker/api.ts';
import type { Lang } from '../../../src/i18n/format.ts';
import orgs from '../../fixtures/charts/orgs.json';
import { expectSvgSnapshot, extractSvg, normalizeSvg, renderBody } from './svgSnapshot.ts';

const data = orgs as CoMentionMatrix;
const base = { data, lang: 'de' as Lang, selectedOrgs: [] as string[], onselectorgs: () => {} };
const empty: CoMentionMatrix = { orgs: [], counts: [], cellTitles: {} };
// Fifteen organisations with long names, as the seeds give with the default top 15: the matrix must scroll on a phone.
const names = ['IT-Planungsrat', 'Bremer Senatsverwaltung', 'Dataport', 'Deutscher Landkreistag', 'regio iT', 'govdigital', 'Vitako',
  'GKD Emscher-Lippe', 'Agiles Netzwerk Digitalisierung', 'BBK', 'BMI', 'Deutscher Städtetag', 'Difu', 'Duale Hochschule Stuttgart', 'Fraunhofer FOKUS'];
const wide: CoMentionMatrix = {
  orgs: names.map((name, i) => ({ name, count: 15 - i })),
  counts: names.map((_, i) => names.map((__, j) => (i === j ? 15 - i : i < 7 && j < 7 ? 2 + ((i * j) % 3) : Math.abs(i - j) === 1 ? 1 : 0))),
  cellTitles: {},
};

describe('OrgMatrix snapshots', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['org-matrix', { width: 640 }],
    ['org-matrix-selected', { width: 640, selectedOrgs: ['Dataport', 'Deutscher Städtetag'] }],
    ['org-matrix-375', { width: 343, lang: 'en' }],
    ['org-matrix-empty', { width: 640, data: empty }],
    ['org-matrix-15-375', { width: 343, data: wide }],
  ];
  for (const [name, over] of cases) {
    it(name, () => expectSvgSnapshot(name, normalizeSvg(extractSvg(renderBody(OrgMatrix, { ...base, ...over })))));
  }
  it('says where the numbers are when some do not fit their cells (four-digit counts on a phone)', () => {
    const n = 15;
    const big: CoMentionMatrix = {
      orgs: Array.from({ length: n }, (_, i) => ({ name: `Organisation ${i}`, count: 1200 + i })),
      counts: Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1200 + i : 60 + i + j))),
      cellTitles: {},
    };
    const phone = renderBody(OrgMatrix, { ...base, data: big, width: 343 });
    expect(phone).toContain('Zahlen, die nicht in ihre Zelle passen');
    expect(extractSvg(phone)).not.toContain('1.200');
    expect(renderBody(OrgMatrix, { ...base, width: 640 })).not.toContain('Zahlen, die nicht in ihre Zelle passen');
  });
  it('has one tab stop in the grid and a button per organisation label', () => {
    const html = renderBody(OrgMatrix, { ...base, width: 640 });
    expect(html.match(/class="cell[^"]*"[^>]*tabindex="0"/g)?.length ?? html.match(/tabindex="0"/g)?.length).toBe(1);
    expect(html.match(/class="lbl row/g)?.length).toBe(8);
  });
});

describe('OrgNetwork snapshots', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['org-network', { width: 640 }],
    ['org-network-375', { width: 343, selectedOrgs: ['Vitako'] }],
  ];
  for (const [name, over] of cases) {
    it(name, () => expectSvgSnapshot(name, normalizeSvg(extractSvg(renderBody(OrgNetwork, { ...base, ...over })))));
  }
  it('is the same picture on every run (seeded layout)', () => {
    expect(renderBody(OrgNetwork, { ...base, width: 500 })).toBe(renderBody(OrgNetwork, { ...base, width: 500 }));
  });
});
