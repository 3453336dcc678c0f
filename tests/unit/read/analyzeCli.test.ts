import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../../src/cli/analyze.ts';
import type { CorpusFile } from '../../../src/corpus/types.ts';

const run = (args: string[]) => spawnSync('npx', ['tsx', 'src/cli/analyze.ts', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('analyze command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-analyze-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'a.txt'), 'Titel\nEin Absatz mit genug Text, damit er als Absatz gilt.');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'bild.png'), new Uint8Array([0x89, 0x50]));

  it('collects folders recursively and notes ignored files', () => {
    const { files, notes } = collectFiles([dir, join(dir, 'missing')]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['empty.txt', 'sub/a.txt']);
    expect(notes).toEqual([`${join(dir, 'bild.png')}: ignored (not .txt, .html, .htm or .json)`, `${join(dir, 'missing')}: not found`]);
  });

  it('prints the corpus JSON for the seeds by default; problems on stderr; exit 0', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli/analyze.ts'], { encoding: 'utf8' });
    const corpus = JSON.parse(out) as CorpusFile;
    expect(corpus.documents.filter((d) => d.kind === 'article')).toHaveLength(5);
    expect(corpus.documents.filter((d) => d.kind === 'teaser')).toHaveLength(30);
    expect(out.startsWith('{\n  "version": 1,\n  "documents": [')).toBe(true);
  });

  it('reports unreadable files by name and fails only when nothing was read', () => {
    const some = run([dir]);
    expect(some.status).toBe(0);
    expect(some.stderr).toContain(`${join(dir, 'empty.txt')}: empty file`);
    expect(some.stderr).toContain('bild.png: ignored');
    expect((JSON.parse(some.stdout) as CorpusFile).documents.map((d) => d.id)).toEqual(['a']);
    const none = run([join(dir, 'empty.txt')]);
    expect(none.status).not.toBe(0);
    expect(none.stderr).toContain('empty file');
  });
}, 60_000);
