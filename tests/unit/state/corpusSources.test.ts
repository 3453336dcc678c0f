/** The page's side of the corpus: when it has the worker warm up ahead of a large first load. */
import { describe, expect, it } from 'vitest';
import { CorpusSources } from '../../../src/state/corpusSources.svelte.ts';
import type { DashboardState } from '../../../src/state/dashboard.svelte.ts';
import { memoryFileStore } from '../../../src/storage/fileStore.ts';
import type { InputFile } from '../../../src/corpus/types.ts';

const seeds = (): InputFile[] => [{ name: 'seed.txt', bytes: new TextEncoder().encode('Vitako:\nTitel\n\nText.') }];

/** A dashboard that records what the sources ask of it. */
function recordingDashboard() {
  const prepared: InputFile[][] = [];
  const loads: unknown[] = [];
  const dash = {
    prepare: (sample: InputFile[]) => void prepared.push(sample),
    addNotice: () => {},
    start: async (steps: unknown) => void loads.push(steps),
  } as unknown as DashboardState;
  return { dash, prepared, loads };
}

describe('CorpusSources', () => {
  it('has the worker warm up on the seeds while 500 or more stored files are read, not for fewer', async () => {
    for (const [stored, warmUps] of [[499, 0], [500, 1]] as const) {
      const store = memoryFileStore();
      await store.putMany(Array.from({ length: stored }, (_, i) => ({ name: `f${i}.txt`, bytes: new TextEncoder().encode(`Titel ${i}\n\nText ${i}.`) })));
      const { dash, prepared, loads } = recordingDashboard();
      await new CorpusSources(dash).start({ seeds, corpusParam: null, pageHref: 'http://localhost/', openStore: async () => store });
      expect(prepared).toHaveLength(warmUps);
      if (warmUps > 0) expect(prepared[0]).toEqual(seeds());
      // The stored files are loaded all the same.
      expect(loads).toHaveLength(1);
      expect(JSON.stringify(loads[0])).toContain(`"name":"f${stored - 1}.txt"`);
    }
  });
});
