import { describe, it, expect } from 'vitest';
import { selectBucket, selectPair, toggleOrg } from '../../../src/charts/selection.ts';

describe('toggleOrg', () => {
  it.each<[string[], string, string[]]>([
    [[], 'Vitako', ['Vitako']],
    [['Vitako'], 'Vitako', []],
    [['Dataport'], 'Vitako', ['Vitako']],
    [['Dataport', 'Vitako'], 'Vitako', ['Dataport']],
  ])('%j + %s → %j', (sel, name, want) => expect(toggleOrg(sel, name)).toEqual(want));
});

describe('selectPair', () => {
  it.each<[string[], string, string, string[]]>([
    [[], 'Vitako', 'KGSt', ['Vitako', 'KGSt']],
    [['KGSt', 'Vitako'], 'Vitako', 'KGSt', []],
    [['Vitako'], 'Vitako', 'KGSt', ['Vitako', 'KGSt']],
    [['Vitako'], 'Vitako', 'Vitako', []],
  ])('%j + (%s, %s) → %j', (sel, a, b, want) => expect(selectPair(sel, a, b)).toEqual(want));
});

describe('selectBucket', () => {
  const q2 = { firstMonth: '2021-04', lastMonth: '2021-06' };
  it.each<[string | null, string | null, boolean, [string | null, string | null]]>([
    [null, null, false, ['2021-04', '2021-06']],
    ['2021-04', '2021-06', false, [null, null]],
    ['2020-01', '2020-03', false, ['2021-04', '2021-06']],
    ['2020-01', '2020-03', true, ['2020-01', '2021-06']],
    ['2022-01', null, true, ['2021-04', null]],
    [null, '2020-03', true, [null, '2021-06']],
    [null, null, true, ['2021-04', '2021-06']],
  ])('%s–%s, extend %s → %j', (from, to, extend, want) => expect(selectBucket(from, to, q2, extend)).toEqual(want));
});
