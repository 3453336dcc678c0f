/**
 * Until `?corpus=` exists (issue 5, phase 2), the benchmark gives the real app a large corpus by swapping the
 * files of the app's first `load` call to its worker: `Worker` is wrapped so that a Comlink APPLY message for
 * `load` carries the packed synthetic pages instead of the seeds. Everything else (the worker, the page, the
 * charts) is the production build, so UI latency at N articles can be measured today. Messages are posted in
 * their original order (a promise chain), since the pages are fetched asynchronously.
 * A plain JavaScript string for the reason given in inPageScript.ts.
 */
export function injectCorpusScript(pagesBin: string, pagesIndex: string): string {
  return String.raw`
(() => {
  let files = null;
  const getFiles = () => (files ??= Promise.all([
    fetch(${JSON.stringify(pagesBin)}).then((r) => r.arrayBuffer()),
    fetch(${JSON.stringify(pagesIndex)}).then((r) => r.json()),
  ]).then(([bin, index]) => {
    const all = new Uint8Array(bin);
    return index.names.map((name, i) => ({ name, bytes: all.slice(index.offsets[i], index.offsets[i + 1]) }));
  }));
  getFiles();
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url, options) {
      super(url, options);
      const post = super.postMessage.bind(this);
      let chain = Promise.resolve();
      this.postMessage = (msg, transfer) => {
        chain = chain.then(async () => {
          if (msg && msg.type === 'APPLY' && Array.isArray(msg.path) && msg.path[0] === 'load' && msg.argumentList && msg.argumentList[0]) {
            msg.argumentList[0] = { type: 'RAW', value: await getFiles() };
            window.__lbInjected = (window.__lbInjected || 0) + 1;
          }
          post(msg, transfer);
        });
      };
    }
  };
})();
`;
}
