/* Material opens its menu and search with icon-only <label>s, which a keyboard
   can't reach and a screen reader can't name, and switches colours with a pair of
   hidden radio buttons. Put a real, named button in front of each, flipping the
   same inputs, so Material's own behaviour is unchanged. The labels stay in the
   page, hidden, so Material finds them whichever script runs first; without
   JavaScript nothing changes. */
(function () {
  "use strict";
  var script = document.currentScript;
  /* The buttons' names come from the words file, through the script tag. */
  function word(name, fallback) {
    return (script && script.getAttribute("data-" + name)) || fallback;
  }
  var names = { __drawer: word("menu", "Menu"), __search: word("search", "Search") };
  var search = document.querySelector(".md-search");
  var toggles = [];
  var closing = false;

  function shown(element) {
    return element.getClientRects().length > 0;
  }
  function makeButton(label, name) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className;
    button.setAttribute("aria-label", name);
    Array.prototype.forEach.call(label.childNodes, function (child) {
      button.appendChild(child.cloneNode(true));
    });
    label.parentNode.insertBefore(button, label);
    return button;
  }

  Object.keys(names).forEach(function (id) {
    var toggle = document.getElementById(id);
    var label = document.querySelector('.md-header label[for="' + id + '"]');
    if (!toggle || !label) return;
    var button = makeButton(label, names[id]);
    button.setAttribute("data-guide-toggle", id);
    button.setAttribute("aria-expanded", String(toggle.checked));
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

  /* The colour scheme: one button, named for what it will do and showing Material's
     icon for that, instead of two hidden radio buttons named for either scheme. */
  var palette = document.querySelector("form[data-md-component=palette]");
  var schemes = palette ? palette.querySelectorAll("input.md-option") : [];
  if (schemes.length === 2 && schemes[0].nextElementSibling && schemes[1].nextElementSibling) {
    var light = schemes[0].getAttribute("data-md-color-scheme") === "slate" ? schemes[1] : schemes[0];
    var dark = light === schemes[0] ? schemes[1] : schemes[0];
    var schemeButton = makeButton(light.nextElementSibling, "");
    schemeButton.setAttribute("data-guide-scheme", "");
    palette.insertBefore(schemeButton, palette.firstChild);
    palette.setAttribute("data-guide-palette", "");
    var isDark = function () {
      return document.body.getAttribute("data-md-color-scheme") === dark.getAttribute("data-md-color-scheme");
    };
    var showScheme = function () {
      var now = isDark() ? dark : light;
      var name = isDark() ? word("light", "Switch to light mode") : word("dark", "Switch to dark mode");
      schemeButton.setAttribute("aria-label", name);
      while (schemeButton.firstChild) schemeButton.removeChild(schemeButton.firstChild);
      Array.prototype.forEach.call(now.nextElementSibling.childNodes, function (child) {
        schemeButton.appendChild(child.cloneNode(true));
      });
    };
    schemeButton.addEventListener("click", function () { (isDark() ? light : dark).click(); });
    /* Material's own Enter handler on the form would switch straight back. */
    schemeButton.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.stopPropagation();
    });
    new MutationObserver(showScheme).observe(document.body, {
      attributes: true, attributeFilter: ["data-md-color-scheme"]
    });
    showScheme();
  }

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
