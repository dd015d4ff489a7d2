/* iframe-worker 1.0.4 (MIT, see LICENSE), shim/index.js unminified, changed in one
   place: the iframe's start-up code is loaded from boot.js, next to this file,
   instead of being written inline, so the page's Content-Security-Policy can
   forbid inline scripts it has no hash for. From file:// a browser can't start a
   Web Worker, so this runs Material's search worker in a hidden iframe instead. */
"use strict";
(function () {
  var boot = new URL("boot.js", document.currentScript.src).href;

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.url = url;
      this.m = (event) => {
        if (event.source === this.w) {
          this.dispatchEvent(new MessageEvent("message", { data: event.data }));
          if (this.onmessage) this.onmessage(event);
        }
      };
      this.e = (message, filename, lineno, colno, error) => {
        if (filename === `${this.url}`) {
          var event = new ErrorEvent("error", { message, filename, lineno, colno, error });
          this.dispatchEvent(event);
          if (this.onerror) this.onerror(event);
        }
      };
      var iframe = document.createElement("iframe");
      iframe.hidden = true;
      document.body.appendChild(this.iframe = iframe);
      var attribute = (text) => `${text}`.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
      this.w.document.open();
      this.w.document.write(`<html><body><script src="${attribute(boot)}" data-worker="${attribute(url)}"><\/script>` +
        `<script src="${attribute(url)}?${+Date.now()}"><\/script></body></html>`);
      this.w.document.close();
      onmessage = this.m;
      onerror = this.e;
      this.r = new Promise((resolve, reject) => {
        this.w.onload = resolve;
        this.w.onerror = reject;
      });
    }

    terminate() {
      this.iframe.remove();
      onmessage = onerror = null;
    }

    postMessage(data) {
      this.r.catch().then(() => {
        this.w.dispatchEvent(new MessageEvent("message", structuredClone({ data })));
      });
    }

    get w() {
      return this.iframe.contentWindow;
    }
  }

  window.IFrameWorker = IFrameWorker;
  if (location.protocol === "file:") window.Worker = IFrameWorker;
})();
