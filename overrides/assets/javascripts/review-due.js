/* Shows the page's "due for review" note once the device's own date is after the page's next
   review date (its data-due, YYYY-MM-DD). Nothing is sent or stored; without JavaScript the note
   stays hidden and the page's dates still show under "About this page". */
(function () {
  "use strict";
  var note = document.querySelector(".guide-review-due[data-due]");
  if (!note) return;
  var now = new Date();
  function two(n) { return (n < 10 ? "0" : "") + n; }
  var today = now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate());
  if (today > note.getAttribute("data-due")) note.hidden = false;
})();
