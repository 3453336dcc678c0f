// Resizes each Lagebild iframe to the height its page reports. The message shape is documented in the
// Lagebild README ("Embedding"): { type: 'lagebild:height', height: number, view: string }.
// A separate file, not an inline script, so the page works under a Content Security Policy without 'unsafe-inline'.
(function () {
  'use strict';
  var MAX = 4000; // never let a frame grow without bound
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'lagebild:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe.lagebild');
    for (var i = 0; i < frames.length; i++) {
      // Only the frame that sent the message is resized; messages from anywhere else are ignored.
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(100, Math.min(MAX, Math.ceil(data.height))) + 'px';
        frames[i].setAttribute('data-view', String(data.view));
      }
    }
  });
})();
