/* Material opens its menu and search with icon-only <label>s, which a keyboard
   can't reach and a screen reader can't name. Swap each for a real, named button
   that flips the same checkbox, so Material's own behaviour is unchanged. */
(function () {
  "use strict";
  var script = document.currentScript;
  /* The buttons' names come from the words file, through the script tag. */
  var names = {
    __drawer: (script && script.getAttribute("data-menu")) || "Menu",
    __search: (script && script.getAttribute("data-search")) || "Search"
  };
  var searchBox = document.querySelector(".md-search__input");

  Object.keys(names).forEach(function (id) {
    var toggle = document.getElementById(id);
    var label = document.querySelector('.md-header label.md-header__button[for="' + id + '"]');
    if (!toggle || !label) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className;
    button.setAttribute("data-guide-toggle", id);
    button.setAttribute("aria-label", names[id]);
    button.setAttribute("aria-expanded", String(toggle.checked));
    while (label.firstChild) button.appendChild(label.firstChild);
    label.replaceWith(button);
    button.addEventListener("click", function () { toggle.click(); });
    toggle.addEventListener("change", function () {
      button.setAttribute("aria-expanded", String(toggle.checked));
      if (toggle.checked && id === "__search" && searchBox) searchBox.focus();
    });
  });
})();
