/**
 * connect.ts creates the corpus worker one task after the page connects (so its start does not stretch the
 * mount): calls made before then must reach it in order, answers must come back to the callers, and a connection
 * ended before the worker existed must never start one. Node has no Worker: a stand-in serves a Comlink-exposed
 * object over a real MessageChannel.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expose } from 'comlink';
import { connectWorker } from '../../../src/worker/connect.ts';
import { EMBEDDED_WORKER_NAME } from '../../../src/worker/workerNames.ts';

class StandInWorker extends EventTarget {
  static made: StandInWorker[] = [];
  readonly name: string;
  readonly received: unknown[] = [];
  terminated = false;
  #page: MessagePort;

  constructor(_url: URL, opts: { name: string }) {
    super();
    this.name = opts.name;
    const { port1, port2 } = new MessageChannel();
    this.#page = port1;
    // The worker's side: answers `ping` with the order it saw the calls in.
    const seen: string[] = [];
    expose({ ping: (tag: string) => (seen.push(tag), [...seen]) }, port2 as never);
    port1.onmessage = (e) => this.dispatchEvent(new MessageEvent('message', { data: e.data }));
    StandInWorker.made.push(this);
  }
  postMessage(message: unknown, transfer: Transferable[] = []) {
    this.received.push(message);
    this.#page.postMessage(message, transfer);
  }
  terminate() {
    this.terminated = true;
    this.#page.close();
  }
}

const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('connectWorker', () => {
  const real = globalThis.Worker;
  beforeEach(() => {
    StandInWorker.made = [];
    (globalThis as { Worker: unknown }).Worker = StandInWorker;
  });
  afterEach(() => {
    (globalThis as { Worker: unknown }).Worker = real;
  });

  it('starts the worker in the next task and delivers the calls made before, in order', async () => {
    const c = connectWorker(undefined, { embedded: true });
    const api = c.api as unknown as { ping(tag: string): Promise<string[]> };
    const first = api.ping('a');
    const second = api.ping('b');
    expect(StandInWorker.made).toHaveLength(0);
    await nextTask();
    expect(StandInWorker.made).toHaveLength(1);
    expect(StandInWorker.made[0]!.name).toBe(EMBEDDED_WORKER_NAME);
    expect(await first).toEqual(['a']);
    expect(await second).toEqual(['a', 'b']);
    expect(await api.ping('c')).toEqual(['a', 'b', 'c']);
    c.terminate();
    expect(StandInWorker.made[0]!.terminated).toBe(true);
  });

  it('never starts a worker for a connection ended before it was due', async () => {
    const c = connectWorker();
    c.terminate();
    await nextTask();
    expect(StandInWorker.made).toHaveLength(0);
  });
});
