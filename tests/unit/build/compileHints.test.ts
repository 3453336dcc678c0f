/**
 * The compile hint goes on the chunks the page runs while it loads (the entry and the dashboard chunk), once, as
 * the first line; not on other chunks or assets. The built files are checked in the browser tests
 * (dashboardPerformance.spec.ts), so a Vite upgrade that reorders its own bundle hooks (it prepends a dependency
 * map to the entry) cannot silently drop the hint.
 */
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { COMPILE_HINT, compileHints } from '../../../vite.config.ts';

type OutputAsset = Rollup.OutputAsset;
type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

const chunk = (fileName: string, code: string, kind: { isEntry?: boolean; isDynamicEntry?: boolean }): OutputChunk =>
  ({ type: 'chunk', fileName, code, isEntry: kind.isEntry ?? false, isDynamicEntry: kind.isDynamicEntry ?? false }) as OutputChunk;

function runPlugin(bundle: OutputBundle): void {
  const hook = compileHints().generateBundle as { order: string; handler: (this: unknown, o: unknown, b: OutputBundle) => void };
  expect(hook.order).toBe('post');
  hook.handler.call({}, {}, bundle);
}

describe('compile hints', () => {
  it('marks entry and dynamic-entry chunks only, once', () => {
    const bundle: OutputBundle = {
      'index.js': chunk('index.js', 'const a=1;', { isEntry: true }),
      'ReadyView.js': chunk('ReadyView.js', 'export{b};', { isDynamicEntry: true }),
      'shared.js': chunk('shared.js', 'export const s=2;', {}),
      'style.css': { type: 'asset', fileName: 'style.css', source: 'a{}' } as OutputAsset,
    };
    runPlugin(bundle);
    runPlugin(bundle); // a second pass (watch mode) must not stack hints
    expect((bundle['index.js'] as OutputChunk).code).toBe(`${COMPILE_HINT}const a=1;`);
    expect((bundle['ReadyView.js'] as OutputChunk).code).toBe(`${COMPILE_HINT}export{b};`);
    expect((bundle['shared.js'] as OutputChunk).code).toBe('export const s=2;');
    expect((bundle['style.css'] as OutputAsset).source).toBe('a{}');
  });
});
