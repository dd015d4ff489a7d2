/* Opening search from its (keyboard-reachable) toggle moves focus into the search box,
   as it does when the search icon is clicked. Touches nothing else. */
(function () {
  "use strict";
  var toggle = document.getElementById("__search");
  var input = document.querySelector(".md-search__input");
  if (!toggle || !input) return;
  toggle.addEventListener("change", function () {
    if (toggle.checked) input.focus();
  });
})();
