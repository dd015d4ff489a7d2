/* Self-check questions: checking, an error summary and the results. Progressive: without
   it every question and "Show the answer" still work. A page holds one set ([data-quiz]):
   a section's questions, or on the quiz page every section's. Authored text is only set
   with textContent or cloned. Answers and scores are never stored or sent; the list for
   the surgical team (list.js, window.guideList) keeps which questions are on it. */
(function () {
  "use strict";
  var script = document.currentScript;
  var words = JSON.parse((script && script.getAttribute("data-words")) || "{}");
  var set = document.querySelector("[data-quiz]");
  if (!set) return;
  var list = window.guideList;
  var questions = all(set, "[data-quiz-question]");
  var errors = find(set, "[data-quiz-errors]");
  var results = find(set, "[data-quiz-summary]");
  var verdicts = {};

  function all(root, selector) { return [].slice.call(root.querySelectorAll(selector)); }
  function find(node, selector) { return node.querySelector(selector); }
  /* A counted text may be one text per CLDR plural form of the page's language (one, few, many,
     other): its count chooses, else its total, else its number, as the build's plurals.py does;
     "other" where the browser has no Intl.PluralRules. */
  function say(key, values) {
    var text = words[key], rules;
    if (typeof text != "string") {
      var n = ["count", "total", "number"].filter(function (name) { return name in values; })[0];
      try { rules = new Intl.PluralRules(document.documentElement.lang || undefined); } catch (error) { rules = null; }
      text = text[rules && n ? rules.select(values[n]) : "other"] || text.other;
    }
    return text.replace(/\{(\w+)\}/g, function (_, name) { return values[name]; });
  }
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  function link(text, href) { var a = el("a", text); a.href = href; return a; }
  /* replaceChildren() is missing from the older phones many patients keep. */
  function setContent(node, children) {
    while (node.firstChild) node.removeChild(node.firstChild);
    children.forEach(function (child) { node.appendChild(child); });
  }
  function bullets(children) {
    var ul = el("ul");
    children.forEach(function (child) { ul.appendChild(el("li")).appendChild(child); });
    return ul;
  }
  /* An order question's controls are its steps' number lists, in the order shown. */
  function inputsOf(question) { return all(question, "fieldset input, fieldset select"); }
  function isOrder(question) { return question.hasAttribute("data-quiz-order"); }
  function textOf(question) { return find(question, ".quiz-text").textContent; }
  function numberOf(question) { return questions.indexOf(question) + 1; }
  /* Scroll `node` to just below the theme's sticky header (which would cover it), then focus
     `target` without scrolling again: GOV.UK's error summary does the same. With large text
     the header scrolls away with the page (guide.css), and then nothing covers the node. */
  var header = document.querySelector(".md-header");
  function reveal(node, target) {
    node.scrollIntoView();
    var covered = header ? Math.max(header.getBoundingClientRect().bottom, 0) : 0;
    window.scrollBy(0, -(covered + 8));
    target.focus({ preventScroll: true });
  }
  /* What to bring to the top for an answer: its question (with the error under it), if the answer
     then still shows below the header, else the answer's own label (GOV.UK's rule, for zoom and
     large text). */
  function nearTop(question, input) {
    var legend = find(question, "legend"), box = input.getBoundingClientRect();
    var room = window.innerHeight - (header ? Math.max(header.getBoundingClientRect().bottom, 0) : 0) - 16;
    if (box.bottom - legend.getBoundingClientRect().top < room) return legend;
    return find(question, 'label[for="' + input.id + '"]') || input;
  }

  function showError(question, message) {
    var error = find(question, ".quiz-error"), fieldset = find(question, "fieldset");
    var described = fieldset.getAttribute("aria-describedby").replace(error.id, "").trim();
    error.hidden = !message;
    /* "Error:" is for screen readers, as in GOV.UK's pattern: on screen the red text says enough. */
    setContent(error, message ? [el("span", say("error_prefix", {}) + " ", "quiz-visually-hidden"),
      document.createTextNode(message)] : []);
    question.classList.toggle("quiz-question--error", !!message);
    fieldset.setAttribute("aria-describedby", (message ? error.id + " " : "") + described);
  }
  /* Mark one question; false when it has no answer yet. A wrong one joins the list. */
  function check(question, quietly) {
    var inputs = inputsOf(question), feedback = find(question, ".quiz-feedback");
    /* Checking the whole set, only the error summary or the results are read out, not every verdict. */
    feedback.setAttribute("aria-live", quietly ? "off" : "polite");
    var answer = find(question, ".quiz-answer");
    setContent(feedback, []);
    if (!inputs.some(function (input) { return input.checked; })) {
      showError(question, say(isOrder(question) ? "order_error" : "choose_an_answer", { number: numberOf(question) }));
      return false;
    }
    showError(question, "");
    var right = verdicts[question.id] = inputs.every(function (input) {
      return input.type == "select-one" ? input.value == input.getAttribute("data-step") :
        input.checked === input.hasAttribute("data-correct");
    });
    var line = feedback.appendChild(el("p", null, "quiz-verdict quiz-verdict--" + (right ? "right" : "wrong")));
    line.appendChild(el("span", right ? "\u2714 " : "\u2716 ")).setAttribute("aria-hidden", "true");
    line.appendChild(document.createTextNode(say(right ? "correct" : "not_quite", {})));
    inputs.forEach(function (input) {
      if (input.checked && input.hasAttribute("data-feedback")) {
        feedback.appendChild(el("p", input.getAttribute("data-feedback")));
      }
    });
    [right ? "" : ".quiz-right-answer", ".quiz-explanation", ".quiz-read-more"].forEach(function (part) {
      if (part) feedback.appendChild(find(answer, part).cloneNode(true));
    });
    if (!right && list) list.set(question.id.replace("question-", ""), true);
    return true;
  }
  /* A changed answer has not been checked: its verdict goes, and so do results that counted it.
     Nothing is read out: the feedback is silenced first, and the results are no live region. */
  function forget(question) {
    var feedback = find(question, ".quiz-feedback");
    feedback.setAttribute("aria-live", "off");
    delete verdicts[question.id];
    setContent(feedback, []);
    showError(question, "");
    results.hidden = true;
  }
  /* The results, once every question is answered: the total first, then what to read again
     (the questions on a section page; the sections on the quiz page). Focused, so read once. */
  function showResults() {
    var missed = questions.filter(function (q) { return !verdicts[q.id]; });
    var parts = [el("p", say("score", { right: questions.length - missed.length, total: questions.length }),
      "quiz-score__total")];
    if (!missed.length) parts.push(el("p", say("all_right", {})));
    else if (set.hasAttribute("data-quiz-whole")) {
      var seen = {};
      parts.push(el("p", say("read_again_sections", {})), bullets(missed.filter(function (q) {
        var url = q.getAttribute("data-section-url");
        return !seen[url] && (seen[url] = true);
      }).map(function (q) { return link(q.getAttribute("data-section"), q.getAttribute("data-section-url")); })));
    } else {
      parts.push(el("p", say("read_again", {})), bullets(missed.map(function (q) {
        return link(say("missed_question", { number: numberOf(q), question: textOf(q) }),
          find(q, ".quiz-read-more a").getAttribute("href"));
      })));
    }
    setContent(find(results, "[data-quiz-score]"), parts);
    results.hidden = false;
    reveal(results, results);
  }

  questions.forEach(function (question) {
    var id = question.id.replace("question-", "");
    var ask = find(question, "[data-quiz-ask]");
    find(question, "[data-quiz-check]").addEventListener("click", function () {
      if (!check(question)) inputsOf(question)[0].focus();
    });
    ask.addEventListener("change", function () { if (list) list.set(id, ask.checked); });
    inputsOf(question).forEach(function (input) {
      input.addEventListener("change", function () { forget(question); });
    });
  });
  /* The boxes show what is on the list, whatever the browser restored on a return visit. */
  function sync() {
    questions.forEach(function (question) {
      find(question, "[data-quiz-ask]").checked = !!list && list.has(question.id.replace("question-", ""));
    });
  }
  if (list) list.onChange(sync);
  sync();
  /* GOV.UK's pattern: a summary above the set, focused, linking to each question to answer. */
  find(set, "[data-quiz-check-all]").addEventListener("click", function () {
    var missing = questions.filter(function (question) { return !check(question, true); });
    setContent(find(errors, "[data-quiz-errors-list]"), [bullets(missing.map(function (question) {
      var first = inputsOf(question)[0];
      var a = link(say(isOrder(question) ? "order_problem_link" : "problem_link",
        { number: numberOf(question), question: textOf(question) }), "#" + first.id);
      a.addEventListener("click", function (event) {
        event.preventDefault();
        reveal(nearTop(question, first), first);
      });
      return a;
    }))]);
    errors.hidden = !missing.length;
    results.hidden = true;
    if (missing.length) reveal(errors, errors);
    else showResults();
  });
  find(set, "[data-quiz-reset]").addEventListener("click", function () {
    questions.forEach(function (question) {
      inputsOf(question).forEach(function (input) { input.checked = false; });
      if (isOrder(question)) unmove(question);
      find(question, ".quiz-answer").open = false;
      forget(question);
    });
    errors.hidden = true;
    inputsOf(questions[0])[0].focus();
  });
  /* An order question: a step given a number moves there, and the steps between close up. */
  function setUpOrder(question) {
    var ol = find(question, "ol"), live = find(question, "[data-quiz-moved]");
    inputsOf(question).forEach(function (select) {
      select.addEventListener("change", function () {
        var items = all(ol, "li"), li = select.parentNode, from = items.indexOf(li), to = select.value - 1;
        /* The others move, not this step: focus stays where the patient is. */
        if (to > from) items.slice(from + 1, to + 1).forEach(function (item) { ol.insertBefore(item, li); });
        else items.slice(to, from).reverse().forEach(function (item) { ol.insertBefore(item, li.nextSibling); });
        renumber(question);
        /* Steps never moved are the shuffle, not an answer: a moved one gives one, as a ticked box does. */
        select.checked = true;
        live.textContent = say("order_moved", { step: find(li, "label").textContent, position: to + 1,
          total: items.length });
      });
    });
  }
  function renumber(question) {
    inputsOf(question).forEach(function (select, index) { select.value = index + 1; });
  }
  /* Back to the shuffle the page came with (each list's "selected" number); "Try again" unticks. */
  function unmove(question) {
    var ol = find(question, "ol");
    all(ol, "li").sort(function (a, b) {
      return find(a, "[selected]").value - find(b, "[selected]").value;
    }).forEach(function (li) { ol.appendChild(li); });
    renumber(question);
    find(question, "[data-quiz-moved]").textContent = "";
  }
  questions.filter(isOrder).forEach(setUpOrder);
  /* Show the controls that only work with this script. */
  all(set, "[data-quiz-js]").forEach(function (part) { part.hidden = false; });
})();
