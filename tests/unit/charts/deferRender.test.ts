import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// deferRender decides at import whether there is a document to defer for; give it one (it only checks for one).
let mod: typeof import('../../../src/charts/deferRender.ts');
beforeAll(async () => {
  vi.stubGlobal('document', {});
  vi.resetModules();
  mod = await import('../../../src/charts/deferRender.ts');
});
afterAll(() => {
  vi.unstubAllGlobals();
});

/** Let the current task's microtasks run (no new task starts meanwhile). */
async function endOfTask(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
/** Let a few tasks run (the queue's turns are MessageChannel tasks). */
async function someTasks(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((r) => setTimeout(r, 0));
}

describe('deferRender', () => {
  it('is active with a document', () => {
    expect(mod.canDefer).toBe(true);
  });

  it('runs an update at the end of the task that asked for it', async () => {
    const ran: string[] = [];
    mod.deferRender(() => ran.push('a'), 'lb:test', { sameTask: true });
    mod.deferRender(() => ran.push('b'), 'lb:test', { sameTask: true });
    expect(ran).toEqual([]);
    await endOfTask();
    expect(ran).toEqual(['a', 'b']);
  });

  it('a mount waits for a task of its own', async () => {
    const ran: string[] = [];
    mod.deferRender(() => ran.push('m'), 'lb:test');
    await endOfTask();
    expect(ran).toEqual([]);
    await someTasks();
    expect(ran).toEqual(['m']);
  });

  it('after drawApart, the updates of this task wait for a task of their own, then updates run at once again', async () => {
    const ran: string[] = [];
    mod.drawApart();
    mod.deferRender(() => ran.push('topics'), 'lb:test', { sameTask: true });
    mod.deferRender(() => ran.push('speakers'), 'lb:test', { sameTask: true });
    await endOfTask();
    expect(ran).toEqual([]);
    await someTasks();
    expect(ran).toEqual(['topics', 'speakers']);
    // The queue ran dry: the next filter change's update is back in its own task's end.
    mod.deferRender(() => ran.push('next'), 'lb:test', { sameTask: true });
    await endOfTask();
    expect(ran).toEqual(['topics', 'speakers', 'next']);
  });

  it('a cancelled update never runs', async () => {
    const ran: string[] = [];
    const cancel = mod.deferRender(() => ran.push('x'), 'lb:test', { sameTask: true });
    cancel();
    await endOfTask();
    await someTasks();
    expect(ran).toEqual([]);
  });
});
