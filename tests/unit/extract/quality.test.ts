/**
 * Extraction quality against hand annotations: precision, recall and F1 for organisations, people, speakers and
 * quote → speaker pairs, on the seeds (through the real reader) and on unseen articles of other layouts.
 * Prints a table; asserts the bar on the seeds and an honest floor on the unseen articles.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/corpus/extract/extractDocument.ts';
import { foldGerman } from '../../../src/corpus/text/fold.ts';
import { type Case, seedCases, unseenCases } from './fixtures.ts';

interface Counts { tp: number; fp: number; fn: number }
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const prf = (c: Counts): { p: number; r: number; f: number } => {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

const normOrg = (s: string): string =>
  foldGerman(s).replace(/\s*(?:ggmbh|gmbh|mbh|eg|e\.\s?v\.|aor|ag|kg)$/u, '').replace(/\s+/g, ' ').trim();
const normQuote = (s: string): string => foldGerman(s).replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim().slice(0, 25);

/** Count matches of produced items against expected entries (each expected entry lists accepted variants). */
function score(expected: string[][], produced: string[], same: (a: string, b: string) => boolean, into: Counts, misses: string[]): void {
  const open = expected.map((variants) => variants);
  for (const p of produced) {
    const i = open.findIndex((v) => v.some((x) => same(x, p)));
    if (i >= 0) { into.tp++; open.splice(i, 1); } else { into.fp++; misses.push(`+${p}`); }
  }
  into.fn += open.length;
  for (const v of open) misses.push(`-${v[0]}`);
}

/** The forms an annotated organisation is accepted in: its own variants and those of the entry it names. */
function formsOf(organisation: string, entries: string[]): string[] {
  const own = organisation.split('|');
  const entry = entries.map((e) => e.split('|')).find((v) => v.some((x) => own.some((o) => normOrg(o) === normOrg(x))));
  return entry ? [...own, ...entry] : own;
}

interface Report { orgs: Counts; people: Counts; speakers: Counts; quotes: Counts; role: [number, number]; org: [number, number]; misses: string[] }

function evaluate(cases: Case[]): Report {
  const r: Report = { orgs: zero(), people: zero(), speakers: zero(), quotes: zero(), role: [0, 0], org: [0, 0], misses: [] };
  for (const c of cases) {
    const d = extractDocument(c.doc);
    const m: string[] = [];
    const eqOrg = (a: string, b: string): boolean => normOrg(a) === normOrg(b);
    score(c.expected.organisations.map((e) => e.split('|')), d.organisations, eqOrg, r.orgs, m);
    const eqName = (a: string, b: string): boolean => foldGerman(a) === foldGerman(b);
    score(c.expected.people.map((p) => [p.name]), d.people.map((p) => p.name), eqName, r.people, m);
    score(c.expected.people.filter((p) => p.speaker).map((p) => [p.name]), d.people.filter((p) => p.speaker).map((p) => p.name), eqName, r.speakers, m);
    const pair = (q: string, who: string): string => `${normQuote(q)}@${foldGerman(who)}`;
    const eqPair = (a: string, b: string): boolean => {
      const [qa, wa] = a.split('@');
      const [qb, wb] = b.split('@');
      return wa === wb && !!qa && !!qb && (qa.startsWith(qb) || qb.startsWith(qa));
    };
    score(
      c.expected.people.flatMap((p) => p.quotes.map((q) => [pair(q, p.name)])),
      d.people.flatMap((p) => p.quotes.map((q) => pair(q, p.name))),
      eqPair, r.quotes, m,
    );
    for (const e of c.expected.people) {
      const got = d.people.find((p) => foldGerman(p.name) === foldGerman(e.name));
      if (!got) continue;
      const near = (a: string | null, b: string | null): boolean =>
        (a === null && b === null) || (a !== null && b !== null && (foldGerman(a).includes(foldGerman(b)) || foldGerman(b).includes(foldGerman(a))));
      r.role[1]++; if (near(e.role, got.role)) r.role[0]++;
      // The person's organisation by any form its entry accepts (`ZenDiS` for `Zentrum für Digitale Souveränität …`).
      r.org[1]++; if (e.organisation === null ? got.organisation === null : formsOf(e.organisation, c.expected.organisations).some((o) => got.organisation !== null && normOrg(o) === normOrg(got.organisation))) r.org[0]++;
    }
    if (m.length > 0) r.misses.push(`${c.name}: ${m.join(', ')}`);
  }
  return r;
}

function table(title: string, r: Report): string {
  const row = (n: string, c: Counts): string => {
    const { p, r: rc, f } = prf(c);
    return `${n.padEnd(16)} ${p.toFixed(2).padStart(5)} ${rc.toFixed(2).padStart(5)} ${f.toFixed(2).padStart(5)}   tp ${c.tp} fp ${c.fp} fn ${c.fn}`;
  };
  return [
    `${title}\n${'metric'.padEnd(16)}     P     R    F1`,
    row('organisations', r.orgs), row('people', r.people), row('speakers', r.speakers), row('quote→speaker', r.quotes),
    `role ≈ annotated ${r.role[0]}/${r.role[1]}, person organisation = annotated ${r.org[0]}/${r.org[1]}`,
    ...r.misses.map((s) => `  ${s}`),
  ].join('\n');
}

interface Floors { orgs: number; people: number; speakers: number; quotes: number; role: number; org: number }

/** F1 of each measure, and the share of people with the annotated role and organisation, at least `floors`. */
function expectFloors(r: Report, floors: Floors): void {
  expect(prf(r.orgs).f).toBeGreaterThanOrEqual(floors.orgs);
  expect(prf(r.people).f).toBeGreaterThanOrEqual(floors.people);
  expect(prf(r.speakers).f).toBeGreaterThanOrEqual(floors.speakers);
  expect(prf(r.quotes).f).toBeGreaterThanOrEqual(floors.quotes);
  expect(r.role[0] / r.role[1]).toBeGreaterThanOrEqual(floors.role);
  expect(r.org[0] / r.org[1]).toBeGreaterThanOrEqual(floors.org);
}

describe('extraction quality', () => {
  it('seeds (real reader): organisations F1 ≥ 0.9, speaker attribution F1 ≥ 0.9', () => {
    const r = evaluate(seedCases());
    console.log(table('SEEDS', r));
    // Person → role and organisation: 21/21 each when these floors were set.
    expectFloors(r, { orgs: 0.9, people: 0.9, speakers: 0.9, quotes: 0.9, role: 0.95, org: 0.95 });
  });

  // The bar is 0.9, but every figure on the seeds is 1.00: a rule that adds a false organisation to a seed
  // (a generic `Initiative` taken for a name once did) must show up as a failure, not hide under the bar.
  it('seeds: no organisation, person, speaker or quote found that the annotation lacks', () => {
    const r = evaluate(seedCases());
    expect([r.orgs.fp, r.people.fp, r.speakers.fp, r.quotes.fp]).toEqual([0, 0, 0, 0]);
  });

  // The unseen articles: u1–u6 written with the extraction (first session); u7–u86 written in batches by helpers
  // that saw neither the code nor the other articles. Each batch was measured before any rule was changed for it
  // (the first measurements are in bench/RESULTS.md, "Seventh session": organisations F1 0.75–0.95, quote → speaker
  // 0.82–0.98), then the rules were generalised where they failed. The floors keep what was reached; the printed
  // table lists what is still missed (people whose organisation only the context implies, councils without an
  // institution noun, administrations of counties counted as organisations).
  it('unseen articles: the floors reached honestly (see the printed table)', () => {
    const r = evaluate(unseenCases());
    console.log(table('UNSEEN', r));
    // 337/361 roles and 296/361 organisations when set (u81–u86, measured first in the twelfth session after its
    // rules: 22/28, 20/28).
    expectFloors(r, { orgs: 0.9, people: 0.95, speakers: 0.95, quotes: 0.9, role: 0.92, org: 0.8 });
  });
});
