import { describe, expect, it } from 'vitest';
import { decodePageMode, fullViewHref, heightMessage } from '../../../src/state/embed.ts';
import { parseFileList, partitionFiles, resolveCorpusUrl, timeLeftMs } from '../../../src/state/sources.ts';

describe('decodePageMode', () => {
  it.each([
    ['embed=topics&theme=dark', { embed: 'topics', theme: 'dark', notices: [] }],
    ['embed=dashboard', { embed: 'dashboard', theme: null, notices: [] }],
    ['', { embed: null, theme: null, notices: [] }],
    ['embed=chart&theme=pink', { embed: null, theme: null, notices: ['embed=chart', 'theme=pink'] }],
  ])('%s', (search, expected) => {
    expect(decodePageMode(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('fullViewHref', () => {
  it('keeps filters and theme, drops embed', () => {
    expect(fullViewHref('http://h/x/index.html?embed=topics&q=Cloud&theme=dark#a')).toBe('/x/index.html?q=Cloud&theme=dark#a');
  });
  it('message shape', () => {
    expect(heightMessage(100.2, 'speakers')).toEqual({ type: 'lagebild:height', height: 101, view: 'speakers' });
  });
});

describe('resolveCorpusUrl', () => {
  const page = 'http://intra.example/lagebild/index.html?corpus=x';
  it.each([
    ['corpus.json', 'http://intra.example/lagebild/corpus.json'],
    ['../daten/files.txt', 'http://intra.example/daten/files.txt'],
    ['/abs/corpus.json', 'http://intra.example/abs/corpus.json'],
    ['http://intra.example/other.json', 'http://intra.example/other.json'],
  ])('accepts %s on the same origin', (value, href) => {
    const r = resolveCorpusUrl(value, page);
    expect(r.ok && r.url.href).toBe(href);
  });
  it.each(['http://evil.example/c.json', '//evil.example/c.json', 'https://intra.example/c.json', 'data:application/json,{}', 'javascript:alert(1)'])(
    'refuses %s',
    (value) => expect(resolveCorpusUrl(value, page)).toEqual({ ok: false, reason: 'foreign' }),
  );
});

describe('files', () => {
  it('partitions by type, skipping hidden files', () => {
    const r = partitionFiles([{ name: 'a.TXT' }, { name: 'b.htm' }, { name: 'dir/c.json' }, { name: 'd.pdf' }, { name: 'dir/.DS_Store' }, { name: 'e.html' }]);
    expect(r.accepted.map((f) => f.name)).toEqual(['a.TXT', 'b.htm', 'dir/c.json', 'e.html']);
    expect(r.skipped).toEqual(['d.pdf', 'dir/.DS_Store']);
  });
  it('parses a file list', () => {
    expect(parseFileList('# Liste\r\na.txt\n\n  b.html  \n#c.txt\n')).toEqual(['a.txt', 'b.html']);
  });
});

describe('timeLeftMs', () => {
  it.each([
    [{ bytesDone: 0, bytesTotal: 100, elapsedMs: 1000 }, null],
    [{ bytesDone: 2, bytesTotal: 100, elapsedMs: 1000 }, null],
    [{ bytesDone: 50, bytesTotal: 100, elapsedMs: 100 }, null],
    [{ bytesDone: 25, bytesTotal: 100, elapsedMs: 1000 }, 3000],
    [{ bytesDone: 100, bytesTotal: 100, elapsedMs: 1000 }, 0],
  ])('%o → %s', (p, expected) => expect(timeLeftMs(p)).toBe(expected));
});
