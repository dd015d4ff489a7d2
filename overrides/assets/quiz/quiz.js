/* Self-check questions: checking, an error summary, scores, and the patient's list
   of questions for their surgical team, with a sheet to print. Progressive: without
   it every question and "Show the answer" still work. Each set ([data-quiz]) runs on
   its own. Authored text is only set with textContent or cloned. Nothing is stored
   or sent: the page may be read on a shared computer. */
(function () {
  "use strict";
  var script = document.currentScript;
  var words = JSON.parse((script && script.getAttribute("data-words")) || "{}");
  var sets = all(document, "[data-quiz]");
  var panel = document.querySelector("[data-quiz-list]");
  var whole = document.querySelector("[data-quiz-overall]");
  if (!sets.length || !panel) return;

  function all(root, selector) { return [].slice.call(root.querySelectorAll(selector)); }
  function say(key, values) {
    return words[key].replace(/\{(\w+)\}/g, function (_, name) { return values[name]; });
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
  function list(children) {
    var ul = el("ul");
    children.forEach(function (child) { ul.appendChild(el("li")).appendChild(child); });
    return ul;
  }
  /* An order question's controls are its steps' number lists, in the order shown. */
  function inputsOf(question) { return all(question, "fieldset input, fieldset select"); }
  function isOrder(question) { return question.hasAttribute("data-quiz-order"); }
  function textOf(question) { return question.querySelector(".quiz-text").textContent; }
  function find(node, selector) { return node.querySelector(selector); }
  /* Scroll `node` to just below the theme's sticky header (which would cover it), then focus
     `target` without scrolling again: GOV.UK's error summary does the same. With large text
     the header scrolls away with the page (guide.css), and then nothing covers the node. */
  var header = document.querySelector(".md-header");
  function reveal(node, target) {
    node.scrollIntoView();
    var covered = header ? header.getBoundingClientRect().bottom : 0;
    if (covered > 0) window.scrollBy(0, -(covered + 8));
    target.focus({ preventScroll: true });
  }
  /* What to bring to the top for an answer: its question, if the answer then shows in the top
     half of the screen, else the answer's own label (GOV.UK's rule, for large text). */
  function nearTop(question, input) {
    var legend = find(question, "legend"), box = input.getBoundingClientRect();
    if (box.bottom - legend.getBoundingClientRect().top < window.innerHeight / 2) return legend;
    return find(question, 'label[for="' + input.id + '"]') || input;
  }

  /* A score in `node` once every question is checked (until then, the `blank` words);
     `links` names what to read again. */
  function report(node, key, blank, questions, links) {
    var missed = questions.filter(function (q) { return !everyResult[q.id]; });
    var done = questions.every(function (q) { return q.id in everyResult; });
    var parts = [el("p", say(done ? key : blank, { right: questions.length - missed.length, total: questions.length }),
      done && "quiz-score__total")];
    if (done) parts.push(el("p", say(missed.length ? "read_again" : "all_right", {})));
    if (done && missed.length) parts.push(list(links(missed)));
    setContent(node, parts);
  }

  /* ---- The list for the surgical team: one per page ---- */
  var count = find(panel, "[data-quiz-list-count]");
  var sheet = find(document, "[data-quiz-sheet]");
  count.tabIndex = -1;
  panel.hidden = false;

  function listed() {
    return all(document, "[data-quiz-ask]").filter(function (box) { return box.checked; });
  }
  function renderList() {
    var boxes = listed(), n = boxes.length;
    setContent(find(panel, "ol"), boxes.map(function (box) {
      var text = textOf(box.closest("[data-quiz-question]"));
      var li = el("li", text + " ");
      var remove = li.appendChild(el("button", say("remove", {}) + " ", "md-button quiz-list__remove"));
      remove.type = "button";
      remove.appendChild(el("span", text, "quiz-visually-hidden"));
      remove.addEventListener("click", function () { box.checked = false; renderList(); count.focus(); });
      return li;
    }));
    count.textContent = say(n ? n > 1 ? "list_count_many" : "list_count_one" : "list_count_none", { count: n });
  }
  find(panel, "[data-quiz-print]").addEventListener("click", function () {
    if (!listed().length) {  /* a sheet with no questions on it helps nobody */
      count.textContent = say("list_empty_print", {});
      count.focus();
      return;
    }
    setContent(find(sheet, "ol"), listed().map(function (box) {
      var li = el("li", textOf(box.closest("[data-quiz-question]")));
      li.appendChild(el("p", say("team_answer", {}), "quiz-sheet__answer"));
      return li;
    }));
    find(sheet, "[data-quiz-sheet-date]").textContent = say("printed_on", { date: new Date().toLocaleDateString(
      words.date_locale, { day: "numeric", month: "long", year: "numeric" }) });
    document.documentElement.classList.add("quiz-printing-sheet");
    window.print();
  });
  window.addEventListener("afterprint", function () {
    document.documentElement.classList.remove("quiz-printing-sheet");
  });
  /* Back to this page, the browser may tick boxes as they were: the list shows what is ticked. */
  window.addEventListener("pageshow", renderList);

  /* ---- One set of questions ---- */
  var everyQuestion = [], everyResult = {};

  function setUp(set) {
    var questions = all(set, "[data-quiz-question]");
    var score = find(set, "[data-quiz-score]");
    var errors = find(set, "[data-quiz-errors]");

    function numberOf(question) { return questions.indexOf(question) + 1; }
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
      /* Checking the whole set, only the score or the error summary is read out, not every verdict. */
      feedback.setAttribute("aria-live", quietly ? "off" : "polite");
      var answer = find(question, ".quiz-answer");
      setContent(feedback, []);
      if (!inputs.some(function (input) { return input.checked; })) {
        showError(question, say(isOrder(question) ? "order_error" : "choose_an_answer",
          { number: numberOf(question) }));
        return false;
      }
      showError(question, "");
      var right = everyResult[question.id] = inputs.every(function (input) {
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
      if (!right) { find(question, "[data-quiz-ask]").checked = true; renderList(); }
      return true;
    }
    function forget(question) {
      delete everyResult[question.id];
      setContent(find(question, ".quiz-feedback"), []);
      showError(question, "");
    }
    function update() {
      report(score, "score", "score_placeholder", questions, function (missed) {
        return missed.map(function (q) {
          return link(say("missed_question", { number: numberOf(q), question: textOf(q) }),
            find(q, ".quiz-read-more a").getAttribute("href"));
        });
      });
      if (whole) overall();
    }

    questions.forEach(function (question) {
      var button = find(question, "[data-quiz-check]"), ask = find(question, "[data-quiz-ask]");
      button.addEventListener("click", function () {
        if (!check(question)) inputsOf(question)[0].focus();
        update();
      });
      ask.addEventListener("change", renderList);
      /* A changed answer has not been checked yet: its old verdict must go. */
      inputsOf(question).forEach(function (input) {
        input.addEventListener("change", function () { forget(question); update(); });
      });
    });
    /* GOV.UK's pattern: a summary above the set, focused, linking to each question to answer. */
    find(set, "[data-quiz-check-all]").addEventListener("click", function () {
      var missing = questions.filter(function (question) { return !check(question, true); });
      setContent(find(errors, "[data-quiz-errors-list]"), [list(missing.map(function (question) {
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
      if (missing.length) reveal(errors, errors);
      update();
    });
    find(set, "[data-quiz-reset]").addEventListener("click", function () {
      questions.forEach(function (question) {
        inputsOf(question).forEach(function (input) { input.checked = false; });
        if (isOrder(question)) unmove(question);
        find(question, ".quiz-answer").open = false;
        forget(question);
      });
      errors.hidden = true;
      update();
      inputsOf(questions[0])[0].focus();
    });
    questions.filter(isOrder).forEach(setUpOrder);
    /* Show the controls that only work with this script. */
    all(set, "[data-quiz-js]").forEach(function (part) { part.hidden = false; });
    everyQuestion = everyQuestion.concat(questions);
  }

  /* ---- An order question: a step given a number moves there, and the steps between close up ---- */
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

  /* The whole quiz's score, where a page has one (the quiz page): sections to read again. */
  function overall() {
    report(find(whole, "[data-quiz-overall-score]"), "overall_score", "overall_placeholder", everyQuestion,
      function (missed) {
      var seen = {};
      return missed.filter(function (q) {
        var url = q.getAttribute("data-section-url");
        return !seen[url] && (seen[url] = true);
      }).map(function (q) { return link(q.getAttribute("data-section"), q.getAttribute("data-section-url")); });
    });
  }
  sets.forEach(setUp);
  renderList();
  if (whole) whole.hidden = false;
})();
