/* Search starts when the patient reaches for it. Material starts its search worker (12 KB, the
   largest single download after its own bundle) as every page opens; this puts off making it until
   the search box is used, so a visit that never searches never downloads it. What Material sends the
   worker meanwhile (the index, then any query) waits, in order, and is handed over when it starts.
   Loaded as a polyfill (mkdocs.yml: extra.polyfills), after iframe-worker's shim and before
   Material's bundle; it changes nothing for any other worker. */
"use strict";
(function () {
  var Real = window.Worker;  // the browser's, or iframe-worker's from file://
  if (!Real || typeof EventTarget !== "function") return;
  var waiting = [], reached = false;

  function isSearch(url) {
    return /\/workers\/search\.[^/]*\.js(\?|$)/.test(String(url));
  }

  class SearchWorker extends EventTarget {
    constructor(url, options) {
      super();
      this.url = url;
      this.options = options;
      this.queue = [];
      this.real = null;
      reached ? this.start() : waiting.push(this);
    }

    postMessage(message) {
      this.real ? this.real.postMessage(message) : this.queue.push(message);
    }

    terminate() {
      this.queue = [];
      if (this.real) this.real.terminate();
    }

    start() {
      if (this.real) return;
      var self = this;
      this.real = new Real(this.url, this.options);
      ["message", "error", "messageerror"].forEach(function (type) {
        self.real.addEventListener(type, function (event) {
          self.dispatchEvent(type === "error" ? new Event("error") : new MessageEvent(type, { data: event.data }));
        });
      });
      this.queue.forEach(function (message) { self.real.postMessage(message); });
      this.queue = [];
    }
  }

  window.Worker = function (url, options) {
    return isSearch(url) ? new SearchWorker(url, options) : new Real(url, options);
  };

  function reach() {
    if (reached) return;
    reached = true;
    waiting.splice(0).forEach(function (worker) { worker.start(); });
  }

  // Focusing the search box (a tap, Tab, or Material's own "/" and "s" keys), or opening search on a
  // phone, starts it; so does arriving from a search result, whose terms the page highlights.
  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest(".md-search")) reach();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search") reach();
  });
  document.addEventListener("pointerdown", function (event) {
    if (event.target.closest && event.target.closest('label[for="__search"], .md-search')) reach();
  }, true);
  if (/[?&](q|h)=/.test(location.search)) reach();
})();
