import { describe, expect, it } from 'vitest';
import { DashboardState, type WorkerApi } from '../../../src/state/dashboard.svelte.ts';
import { I18n } from '../../../src/i18n/i18n.svelte.ts';
import { DEFAULT_STATE } from '../../../src/state/urlCodec.ts';
import type { DashboardView, ViewRequest } from '../../../src/worker/api.ts';

/** A worker stand-in whose `view` answers only when the test says so, in any order. */
function fakeApi() {
  const pending: { request: ViewRequest; resolve: (v: DashboardView) => void }[] = [];
  const api = {
    load: async () => ({ documents: 2, articles: 2, teasers: 0, problems: [], indexReady: true }),
    names: async () => ({ organisations: ['Vitako'], people: ['Hans-Henning Lühr'], topics: [{ id: 'cloud', label: 'Cloud', query: 'Cloud' }] }),
    view: (request: ViewRequest) => new Promise<DashboardView>((resolve) => pending.push({ request, resolve })),
    document: async () => null,
  };
  return { api: api as unknown as WorkerApi, pending };
}

const viewFor = (articles: number) => ({ summary: { articles } }) as unknown as DashboardView;

describe('DashboardState', () => {
  // The effects that call these run only in a browser; the ordering logic is tested directly.
  it('keeps the answer to the newest request and drops a late answer to an older one', async () => {
    const { api, pending } = fakeApi();
    const dash = new DashboardState(api, new I18n());
    const first = dash.requestView(dash.request);
    dash.setQuery('Cloud');
    const second = dash.requestView(dash.request);
    expect(pending.map((p) => p.request.filter.q)).toEqual(['', 'Cloud']);
    pending[1]!.resolve(viewFor(1));
    await second;
    pending[0]!.resolve(viewFor(2)); // stale: arrives last
    await first;
    expect(dash.view?.summary.articles).toBe(1);
    expect(dash.viewPending).toBe(false);
  });

  it('says how each change lands in history', () => {
    const dash = new DashboardState(fakeApi().api, new I18n());
    dash.setQuery('O');
    expect(dash.historyMode).toBe('replace');
    dash.toggleOrg('Vitako');
    expect(dash.historyMode).toBe('push');
    expect(dash.filter).toMatchObject({ q: 'O', orgs: ['Vitako'] });
    dash.clearFilters();
    expect(dash.filter.orgs).toEqual([]);
  });

  it('drops names from a link that the corpus does not know, with a notice each', async () => {
    const { api } = fakeApi();
    const dash = new DashboardState(api, new I18n());
    dash.applyUrlState({ ...DEFAULT_STATE, filter: { ...DEFAULT_STATE.filter, orgs: ['Vitako', 'Nirgendwo'], topics: ['cloud', 'gibtsnicht'] } }, ['from=2019-13']);
    await dash.load([]);
    expect(dash.filter.orgs).toEqual(['Vitako']);
    expect(dash.filter.topics).toEqual(['cloud']);
    expect(dash.notices).toEqual([
      { kind: 'param', text: 'from=2019-13' },
      { kind: 'unknown', what: 'org', name: 'Nirgendwo' },
      { kind: 'unknown', what: 'topic', name: 'gibtsnicht' },
    ]);
  });

  it('turns a failing or silent worker into an error message', async () => {
    const failing = { ...fakeApi().api, load: async () => Promise.reject(new Error('boom')) } as unknown as WorkerApi;
    const a = new DashboardState(failing, new I18n());
    await a.load([]);
    expect(a.phase).toBe('failed');
    expect(a.fatal).toBe('Error: boom');

    const silent = { ...fakeApi().api, load: () => new Promise(() => {}) } as unknown as WorkerApi;
    const b = new DashboardState(silent, new I18n());
    await b.load([], 20);
    expect(b.phase).toBe('failed');
    expect(b.fatal).toMatch(/did not answer/);
  });

  it('removing a user topic also removes it from the filter', () => {
    const dash = new DashboardState(fakeApi().api, new I18n());
    dash.addUserTopic({ label: 'KI', query: 'KI, künstliche Intelligenz' });
    dash.toggleTopic('u-ki');
    dash.removeUserTopic('KI');
    expect(dash.options.userTopics).toEqual([]);
    expect(dash.filter.topics).toEqual([]);
  });
});
