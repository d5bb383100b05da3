/*
 * Coauthor Atlas: reads one bundle off the main thread at start-up (started by public/early-fetch.js before the
 * app's module is downloaded): fetches it and decodes its text as it arrives, and posts the text back
 * ({ text, times }: `times` says when each step happened, for the benchmark); anything else (HTTP error, a web
 * page instead of the file, no network) posts { fallback: true } and the app's loader fetches the file itself and
 * reports the problem as usual (src/app/data/load-bundle.ts). The app parses and checks the text as any other.
 * Plain JavaScript, not bundled: Vite copies public/ as it is.
 *
 * Why not comlink (issue 8 asks for it "if it stays as fast"): tried on 1 Dec 2026 (session 10) with comlink's
 * UMD build, `importScripts('comlink.min.js')` here and a `<script src="comlink.min.js">` before
 * early-fetch.js, `Comlink.expose({ read(href) })` / `Comlink.wrap(worker).read(href)`, the streamed decode
 * unchanged. Fresh pages alternating, 30k bundle, load 15–23, 4 each: the worker asked for the bundle 146–395 ms
 * after its script started loading (the synchronous importScripts request first) against 9–44 ms (one 268) here,
 * and comlink's script in <head> took 32–573 ms before early-fetch.js could run. The exchange is one request
 * and one reply (`{ href }` → `{ text }` or `{ fallback }`), so comlink would replace ten lines and delay the
 * start-up's largest request; the page's other workers (import build, insights) use comlink, bundled by Vite.
 */
// when each step happened, in ms since the epoch (the page turns them into its own clock: early-fetch.js):
// the worker's start, the request, the reply's headers, its last byte, the text joined (issue 12: where the 30k
// first frame waits, on this worker or on the page's thread)
var clock = function () {
  return performance.timeOrigin + performance.now();
};
var times = { started: clock() };
self.onmessage = function (event) {
  var href = event.data && event.data.href;
  times.requested = clock();
  var fallback = function () {
    self.postMessage({ fallback: true });
  };
  if (typeof href !== 'string') return fallback();
  fetch(href)
    .then(function (res) {
      times.headers = clock();
      var type = res.headers.get('content-type') || '';
      if (!res.ok || type.indexOf('text/html') >= 0) return fallback();
      // the text, not the parsed value: a string crosses to the page in one copy, while the clone of the parsed
      // bundle cost the page more than parsing it (30k: 1.0–1.2 s against 0.2–0.6 s, load 12). Each piece is
      // decoded as it arrives, between the network's deliveries, instead of all 10–20 MB after the last one.
      if (!res.body || typeof res.body.getReader !== 'function') {
        return res.arrayBuffer().then(function (bytes) {
          times.lastByte = clock();
          var text = new TextDecoder().decode(bytes);
          times.text = clock();
          self.postMessage({ text: text, times: times });
        });
      }
      var reader = res.body.getReader();
      var decoder = new TextDecoder();
      var parts = [];
      var pump = function () {
        return reader.read().then(function (step) {
          if (step.done) {
            times.lastByte = clock();
            parts.push(decoder.decode());
            var text = parts.join('');
            times.text = clock();
            self.postMessage({ text: text, times: times });
            return;
          }
          parts.push(decoder.decode(step.value, { stream: true }));
          return pump();
        });
      };
      return pump();
    })
    .catch(fallback);
};
