/* Start-up code for the iframe shim.js makes (from iframe-worker 1.0.4, MIT, see
   LICENSE): gives the iframe a worker's postMessage and importScripts, and passes
   its errors to the page. A file rather than inline, for the page's CSP. */
"use strict";
(function () {
  var worker = document.currentScript.getAttribute("data-worker");
  window.postMessage = function (message, origin) {
    parent.postMessage(message, origin || "*");
  };
  window.importScripts = function () {
    return Array.prototype.reduce.call(arguments, function (previous, src) {
      return previous.then(function () {
        return new Promise(function (resolve) {
          var script = document.createElement("script");
          script.src = src;
          script.onload = resolve;
          document.body.appendChild(script);
        });
      });
    }, Promise.resolve());
  };
  window.addEventListener("error", function (event) {
    parent.dispatchEvent(new ErrorEvent("error", { filename: worker, error: event.error }));
  });
})();
