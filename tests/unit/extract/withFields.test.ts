/**
 * `withFields` replaces `{ ...doc, ...fields }` for speed; it must build the same object: same keys in the same
 * order, same values, same prototype, including for objects read from JSON with an own `__proto__` key.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withFields } from '../../../src/corpus/extract/withFields.ts';

const same = (a: object, b: object): void => {
  expect(Reflect.ownKeys(a)).toEqual(Reflect.ownKeys(b));
  expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  for (const k of Reflect.ownKeys(b)) expect((a as Record<PropertyKey, unknown>)[k]).toBe((b as Record<PropertyKey, unknown>)[k]);
};

describe('withFields', () => {
  it('equals the spread: fields replaced in place, new ones appended, the input untouched', () => {
    const doc = { id: 'a', organisations: ['x'], text: 't', people: [] as string[] };
    const fields = { organisations: ['y'], people: ['p'], mentions: [] as number[] };
    const out = withFields(doc, fields);
    same(out, { ...doc, ...fields });
    expect(Object.keys(out)).toEqual(['id', 'organisations', 'text', 'people', 'mentions']);
    expect(doc.organisations).toEqual(['x']);
    expect(out).not.toBe(doc);
  });

  it('keeps an own `__proto__` key (from JSON) as data, like the spread', () => {
    const doc = JSON.parse('{"id":"a","__proto__":{"evil":true},"topics":["x"]}') as { id: string; topics: string[] };
    const fields = { topics: ['y'] };
    const out = withFields(doc, fields);
    same(out, { ...doc, ...fields });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as unknown as { evil?: boolean }).evil).toBeUndefined();
  });

  it('copies integer-like keys, symbols and getters as the spread does', () => {
    const sym = Symbol('s');
    const doc = { b: 1, 2: 'two', a: 2, [sym]: 3, get g() { return 4; } };
    same(withFields(doc, { a: 5, c: 6 }), { ...doc, a: 5, c: 6 });
  });

  it('agrees with the spread on arbitrary JSON objects', () => {
    fc.assert(fc.property(fc.json(), fc.dictionary(fc.string(), fc.jsonValue()), (json, fields) => {
      const doc = JSON.parse(json) as unknown;
      if (doc === null || typeof doc !== 'object') return;
      same(withFields(doc, fields), { ...doc, ...fields });
    }), { numRuns: 3000 });
  });
});
