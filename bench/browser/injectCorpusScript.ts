/**
 * Until `?corpus=` exists (issue 5, phase 2), the benchmark gives the real app a large corpus by swapping the
 * files of the app's first `load` call to its worker: `Worker` is wrapped so that a Comlink APPLY message for
 * `load` carries the packed synthetic pages instead of the seeds. Everything else (the worker, the page, the
 * charts) is the production build, so UI latency at N articles can be measured today. Messages are posted in
 * their original order (a promise chain), since the pages are fetched asynchronously.
 *
 * The harness itself must not make main-thread long tasks, or `longest_task_ms` measures it instead of the app:
 * the packed pages are read from the response stream and assembled 8 MB per task (`arrayBuffer()` assembles 35 MB
 * in one task, ≈ 85 ms), each file is a view into that one buffer (no copy per file), and the buffer is transferred
 * with the message (structured-cloning 10,000 separate byte arrays took ≈ 120 ms in one task). So only the first
 * `load` gets the pages (the buffer leaves the page with it); later ones keep their own files.
 * A plain JavaScript string for the reason given in inPageScript.ts.
 */
export function injectCorpusScript(pagesBin: string, pagesIndex: string): string {
  return String.raw`
(() => {
  // Init scripts also run in the first about:blank document, where a fetch is refused (origin null).
  if (!/^https?:$/.test(location.protocol)) return;
  // As src/state/sources.ts readBody: chunks kept as they arrive, assembled 8 MB per task.
  const readBody = async (res) => {
    const reader = res.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.length;
    }
    const out = new Uint8Array(total);
    let at = 0;
    let since = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
      since += c.length;
      if (since >= 8 << 20) {
        since = 0;
        await new Promise((r) => setTimeout(r, 0));
      }
    }
    return out.buffer;
  };
  let files = null;
  const getFiles = () => (files ??= Promise.all([
    fetch(${JSON.stringify(pagesBin)}).then(readBody),
    fetch(${JSON.stringify(pagesIndex)}).then((r) => r.json()),
  ]).then(([bin, index]) => ({
    buffer: bin,
    files: index.names.map((name, i) => ({ name, bytes: new Uint8Array(bin, index.offsets[i], index.offsets[i + 1] - index.offsets[i]) })),
  })));
  getFiles();
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url, options) {
      super(url, options);
      const post = super.postMessage.bind(this);
      let chain = Promise.resolve();
      this.postMessage = (msg, transfer) => {
        chain = chain.then(async () => {
          if (!window.__lbInjected && msg && msg.type === 'APPLY' && Array.isArray(msg.path) && msg.path[0] === 'load' && msg.argumentList && msg.argumentList[0]) {
            const packed = await getFiles();
            msg.argumentList[0] = { type: 'RAW', value: packed.files };
            transfer = [...(transfer || []), packed.buffer];
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
