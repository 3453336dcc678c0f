/**
 * `{ ...doc, ...fields }`, written so V8 takes its fast path. On Node 20 / Chromium's V8, spreading a document
 * (17 fields) cost ≈ 1.5 µs, four times `Object.assign`, and every document is copied twice per analysis
 * (extraction, topics).
 *
 * The two differ only for an own `__proto__` key (a corpus file read with `JSON.parse` can carry one): spread
 * copies it as a data property, `Object.assign` would set the copy's prototype. Such objects take the spread.
 */
export function withFields<T extends object, F extends object>(doc: T, fields: F): T & F {
  const protoKey = Object.hasOwn(doc, '__proto__') || Object.hasOwn(fields, '__proto__');
  return protoKey ? { ...doc, ...fields } : Object.assign({}, doc, fields);
}
