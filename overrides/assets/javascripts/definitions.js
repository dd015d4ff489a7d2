/* Medical words explained where they are read. The build links the first use of each glossary
   word on a page to its entry (data-guide-term and data-guide-definition on the link). Here the
   link becomes a button: pressed (by mouse, tap, Enter or Space) it opens the meaning just under
   the line, at the text's own size, pushing the text down rather than covering it; pressed again,
   or Escape, closes it and the focus stays on the word. The page's address never changes.
   Without this script the word stays a link to the glossary. */
(function () {
  "use strict";
  var opened = [];

  function toggle(button, open) {
    var box = document.getElementById(button.getAttribute("aria-controls"));
    button.setAttribute("aria-expanded", open ? "true" : "false");
    box.hidden = !open;
    opened = opened.filter(function (other) { return other !== button; });
    if (open) {
      opened.push(button);
    }
  }

  function enhance(link, index) {
    var button = document.createElement("button");
    var box = document.createElement("span");
    var term = document.createElement("strong");
    var id = "guide-definition-" + index;
    button.type = "button";
    button.className = "guide-term";
    button.textContent = link.textContent;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", id);
    box.id = id;
    box.className = "guide-definition";
    box.hidden = true;
    term.textContent = link.getAttribute("data-guide-term") + ": ";
    box.appendChild(term);
    box.appendChild(document.createTextNode(link.getAttribute("data-guide-definition")));
    button.addEventListener("click", function () {
      toggle(button, button.getAttribute("aria-expanded") !== "true");
    });
    link.parentNode.replaceChild(button, link);
    button.parentNode.insertBefore(box, button.nextSibling);
  }

  document.querySelectorAll("article a[data-guide-definition]").forEach(function (link, index) {
    enhance(link, index + 1);
  });

  /* Escape closes the meaning the reader is on (or else the last one opened), and leaves the focus
     on its word; search and the menu keep Escape for themselves. */
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !opened.length || event.defaultPrevented) {
      return;
    }
    var active = document.activeElement;
    if (active && active.closest(".md-search, .md-sidebar, .md-header")) {
      return;
    }
    var button = opened.filter(function (other) {
      return other === active || document.getElementById(other.getAttribute("aria-controls")).contains(active);
    })[0] || opened[opened.length - 1];
    var wasOnIt = button === active || document.getElementById(button.getAttribute("aria-controls")).contains(active);
    toggle(button, false);
    if (wasOnIt) {
      button.focus();
    }
  });
})();
