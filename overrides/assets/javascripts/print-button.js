/* The print page's "Print this guide" button: many patients can't find the browser's own
   Print command on a phone. Without this script the button stays hidden and the hint
   above it says what to do. */
(function () {
  "use strict";
  var button = document.querySelector("[data-guide-print]");
  if (!button) return;
  button.addEventListener("click", function () { window.print(); });
  button.hidden = false;
})();
