/* Material opens its menu and search with icon-only <label>s, which a keyboard
   can't reach and a screen reader can't name. Put a real, named button in front
   of each, flipping the same checkbox, so Material's own behaviour is unchanged.
   The labels stay in the page, hidden, so Material finds them whichever script
   runs first; without JavaScript nothing changes. */
(function () {
  "use strict";
  var script = document.currentScript;
  /* The buttons' names come from the words file, through the script tag. */
  var names = {
    __drawer: (script && script.getAttribute("data-menu")) || "Menu",
    __search: (script && script.getAttribute("data-search")) || "Search"
  };
  var search = document.querySelector(".md-search");
  var toggles = [];
  var closing = false;

  function shown(element) {
    return element.getClientRects().length > 0;
  }

  Object.keys(names).forEach(function (id) {
    var toggle = document.getElementById(id);
    var label = document.querySelector('.md-header label[for="' + id + '"]');
    if (!toggle || !label) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className;
    button.setAttribute("data-guide-toggle", id);
    button.setAttribute("aria-label", names[id]);
    button.setAttribute("aria-expanded", String(toggle.checked));
    Array.prototype.forEach.call(label.childNodes, function (child) {
      button.appendChild(child.cloneNode(true));
    });
    label.parentNode.insertBefore(button, label);
    label.hidden = true;
    button.addEventListener("click", function () { toggle.click(); });
    toggle.addEventListener("change", function () {
      button.setAttribute("aria-expanded", String(toggle.checked));
      if (id !== "__search" || closing) return;
      var input = search && search.querySelector("input");
      var active = document.activeElement;
      if (toggle.checked && input) {
        input.focus();
      } else if (shown(button) && (!active || active === document.body || (search && search.contains(active)))) {
        /* Search closed (Escape, or the back arrow): back to the button that opened it. */
        button.focus();
      }
    });
    toggles.push(toggle);
  });

  /* Coming back to a page shows it with the menu and search closed, as Material's
     autocomplete="off" did before the build dropped that attribute (HTML does not
     allow it on checkboxes). Chromium puts the boxes back as they were only after
     the page is read, so check again at pageshow, which also covers the page cache. */
  function closeAll() {
    closing = true;
    toggles.forEach(function (toggle) {
      if (toggle.checked) toggle.click();
    });
    closing = false;
  }
  closeAll();
  window.addEventListener("pageshow", closeAll);
})();
