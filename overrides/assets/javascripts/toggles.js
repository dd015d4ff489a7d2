/* Material opens its menu and search with icon-only <label>s, which a keyboard
   can't reach and a screen reader can't name, and switches colours with a pair of
   hidden radio buttons. Put a real, named button in front of each, flipping the
   same inputs, so Material's own behaviour is unchanged. The labels stay in the
   page, hidden, so Material finds them whichever script runs first; without
   JavaScript nothing changes (guide.css hides the colour switch, which needs it).
   The open menu takes the focus, Escape or leaving it closes it, and closing it
   gives the focus back to the Menu button. */
(function () {
  "use strict";
  var script = document.currentScript;
  /* The buttons' names come from the words file, through the script tag. */
  function word(name, fallback) {
    return (script && script.getAttribute("data-" + name)) || fallback;
  }
  var names = { __drawer: word("menu", "Menu"), __search: word("search", "Search") };
  var search = document.querySelector(".md-search");
  var drawer = document.querySelector(".md-sidebar--primary");
  var buttons = {};
  var toggles = [];
  /* Set while a toggle is closed without moving the focus: on a return visit, or
     when the focus has already left the menu for the page. */
  var quiet = false;
  /* The last place the focus was outside search, to go back to when search closes. */
  var before = null, escaping = false;
  document.addEventListener("focusin", function (event) {
    if (!inside(search, event.target)) before = event.target;
  });
  /* Only Escape: Tab out of the box also closes search, and the focus must go on from there. */
  document.addEventListener("keydown", function (event) {
    escaping = event.key === "Escape";
    setTimeout(function () { escaping = false; }, 0);
  }, true);

  function shown(element) {
    return element.getClientRects().length > 0;
  }
  function inside(container, element) {
    return !!(container && element && container.contains(element));
  }
  function idle(active) {
    return !active || active === document.body;
  }
  function firstStop(container) {
    var candidates = container.querySelectorAll("a[href], button, input, [tabindex]");
    for (var i = 0; i < candidates.length; i++) {
      var candidate = candidates[i];
      if (candidate.tabIndex >= 0 && !candidate.disabled && shown(candidate) &&
          getComputedStyle(candidate).visibility === "visible") return candidate;
    }
    return null;
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
  /* The heading on this page that a link in the menu leads to: where the focus belongs
     once Material closes the menu after it (the browser may already have let go of
     the link by then). */
  var followed = null;
  function targetOf(link) {
    var hash = link && link.hash;
    if (!hash || link.pathname !== location.pathname) return null;
    var target = document.getElementById(decodeURIComponent(hash.slice(1)));
    return inside(drawer, target) ? null : target;
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
      if (quiet) return;
      var active = document.activeElement;
      if (id === "__search") {
        var input = search && search.querySelector("input");
        if (toggle.checked && input) {
          input.focus();
        } else if (idle(active) || inside(search, active)) {
          /* Search closed (Escape, or the back arrow): back to the button that opened it, or
             where the patient was before the search box (wide screens show no button). */
          if (shown(button)) button.focus();
          else if (escaping && before && shown(before)) before.focus({ preventScroll: true });
        }
      } else if (drawer && shown(button)) {
        if (toggle.checked) {
          var first = firstStop(drawer);
          if (first) first.focus();
        } else if (idle(active) || inside(drawer, active)) {
          var target = targetOf(followed);
          followed = null;
          if (target) {
            if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
            target.focus({ preventScroll: true });
          } else {
            button.focus();
          }
        }
      }
    });
    buttons[id] = button;
    toggles.push(toggle);
  });

  var drawerToggle = document.getElementById("__drawer");
  function drawerOpen() {
    return !!(drawerToggle && drawerToggle.checked && buttons.__drawer && shown(buttons.__drawer));
  }
  function closeQuietly(toggle) {
    quiet = true;
    if (toggle.checked) toggle.click();
    quiet = false;
  }
  if (drawer && drawerToggle) {
    drawer.addEventListener("click", function (event) {
      followed = event.target.closest ? event.target.closest("a[href]") : null;
    });
    /* Tab (or Shift+Tab) out of the open menu closes it, and the focus goes on. */
    drawer.addEventListener("focusout", function (event) {
      if (drawerOpen() && event.relatedTarget && !inside(drawer, event.relatedTarget)) closeQuietly(drawerToggle);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !drawerOpen()) return;
      event.preventDefault();
      closeQuietly(drawerToggle);
      buttons.__drawer.focus();
    });
  }

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
    toggles.forEach(closeQuietly);
  }
  closeAll();
  window.addEventListener("pageshow", closeAll);
})();

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
