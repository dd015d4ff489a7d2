/* The patient's list of questions for their surgical team: the same list on every page of
   the guide. It keeps only the questions' ids (never answers or scores) in this tab's
   sessionStorage: written only once a question is added, emptied by "Clear my list", gone
   when the tab closes. Nothing else is kept and nothing is sent. Where the browser blocks
   storage, the list lives in the page and says so. A question's text comes from the page,
   or from questions.js (made by the build), loaded only when the page lacks one it needs.
   quiz.js ticks and unticks questions through window.guideList. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var words = JSON.parse(script.getAttribute("data-words") || "{}");
  var key = script.getAttribute("data-key");
  var store = null;
  try {
    store = window.sessionStorage;
    store.getItem(key);
  } catch (error) {
    store = null;
  }
  var ids = read(), listeners = [], loading = false;
  var panel = document.querySelector("[data-quiz-list]");
  var sheet = document.querySelector("[data-quiz-sheet]");
  var here = !!document.querySelector("[data-quiz]");  /* a page with questions shows the list even empty */

  function read() {
    try {
      var saved = JSON.parse((store && store.getItem(key)) || "[]");
      return Array.isArray(saved) ? saved.filter(function (id) { return typeof id === "string"; }) : [];
    } catch (error) {
      return [];
    }
  }
  function save() {
    if (!store) return;
    try {
      if (ids.length) store.setItem(key, JSON.stringify(ids));
      else store.removeItem(key);
    } catch (error) {
      blocked();
    }
  }
  function blocked() {
    store = null;
    var privacy = panel && panel.querySelector("[data-quiz-list-privacy] strong");
    if (privacy) privacy.textContent = words.list_blocked;
  }
  /* A counted text may be one text per CLDR plural form of the page's language (one, few, many,
     other), as the build's plurals.py chooses them; "other" where the browser has no Intl.PluralRules. */
  function say(name, count) {
    var text = words[name], rules;
    if (typeof text != "string") {
      try { rules = new Intl.PluralRules(document.documentElement.lang || undefined); } catch (error) { rules = null; }
      text = text[rules ? rules.select(count) : "other"] || text.other;
    }
    return text.replace("{count}", count);
  }
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  function empty(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function textOf(id) {
    var question = document.getElementById("question-" + id);
    var text = question && question.querySelector(".quiz-text");
    if (text) return text.textContent;
    return window.guideQuestionTexts && window.guideQuestionTexts[id];
  }
  function shown() { return ids.filter(textOf); }

  function render() {
    if (!panel) return;
    if (!window.guideQuestionTexts && !ids.every(textOf)) {
      if (loading) return;  /* drawn once the texts come */
      loading = true;
      var texts = document.createElement("script");
      texts.src = script.getAttribute("data-texts");
      texts.onload = texts.onerror = function () {
        window.guideQuestionTexts = window.guideQuestionTexts || {};
        render();
      };
      document.head.appendChild(texts);
      return;
    }
    var items = panel.querySelector("[data-quiz-list-items]"), list = shown(), n = list.length;
    empty(items);
    list.forEach(function (id) {
      var li = items.appendChild(el("li", textOf(id) + " "));
      var remove = li.appendChild(el("button", words.remove + " ", "md-button quiz-list__remove"));
      remove.type = "button";
      remove.appendChild(el("span", textOf(id), "quiz-visually-hidden"));
      remove.addEventListener("click", function () { set(id, false); count.focus(); });
    });
    count.textContent = say(n ? n > 1 ? "list_count_many" : "list_count_one" : "list_count_none", n);
    panel.querySelector("[data-quiz-list-actions]").hidden = !n;
    if (n || here) panel.hidden = false;
  }
  function changed() {
    save();
    render();
    listeners.forEach(function (listener) { listener(); });
  }
  function set(id, on) {
    var at = ids.indexOf(id);
    if (on === at >= 0) return;
    if (on) ids.push(id);
    else ids.splice(at, 1);
    changed();
  }
  window.guideList = {
    has: function (id) { return ids.indexOf(id) >= 0; },
    set: set,
    onChange: function (listener) { listeners.push(listener); }
  };
  /* Back to a page from the browser's cache, the list may have changed on another page. */
  window.addEventListener("pageshow", function () {
    if (store) ids = read();
    render();
    listeners.forEach(function (listener) { listener(); });
  });
  if (!panel) return;

  var count = panel.querySelector("[data-quiz-list-count]");
  count.tabIndex = -1;
  if (!store) blocked();
  panel.querySelector("[data-quiz-clear]").addEventListener("click", function () {
    ids = [];
    changed();
    count.focus();
  });
  panel.querySelector("[data-quiz-print]").addEventListener("click", function () {
    var items = sheet.querySelector("[data-quiz-sheet-items]");
    empty(items);
    shown().forEach(function (id) {
      var li = items.appendChild(el("li", textOf(id)));
      li.appendChild(el("p", words.team_answer, "quiz-sheet__answer"));
      for (var line = 0; line < 5; line++) li.appendChild(el("span", "", "quiz-sheet__line"));
    });
    sheet.querySelector("[data-quiz-sheet-date]").textContent = words.printed_on.replace("{date}",
      new Date().toLocaleDateString(words.date_locale, { day: "numeric", month: "long", year: "numeric" }));
    document.documentElement.classList.add("quiz-printing-sheet");
    window.print();
  });
  window.addEventListener("afterprint", function () {
    document.documentElement.classList.remove("quiz-printing-sheet");
  });
  render();
})();
