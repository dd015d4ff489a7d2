/* Self-check quiz: "Check answer" feedback, a score, and "Try again".
   Progressive: without this file the questions and "Show the answer" still work.
   Scoped to [data-quiz]; authored text is only ever set with textContent or cloned.
   Nothing is stored: the page may be read on a shared computer. */
(function () {
  "use strict";
  var quiz = document.querySelector("[data-quiz]");
  if (!quiz) return;

  var questions = Array.prototype.slice.call(quiz.querySelectorAll("[data-quiz-question]"));
  var summary = quiz.querySelector("[data-quiz-summary]");
  var score = quiz.querySelector("[data-quiz-score]");
  var initialScore = score.cloneNode(true);
  var results = {};

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /* replaceChildren() is missing from the older phones many patients keep. */
  function setContent(node, children) {
    while (node.firstChild) node.removeChild(node.firstChild);
    children.forEach(function (child) { node.appendChild(child); });
  }

  function inputsOf(question) {
    return Array.prototype.slice.call(question.querySelectorAll("input"));
  }

  function numberOf(question) {
    return questions.indexOf(question) + 1;
  }

  function showError(question, message) {
    var error = question.querySelector(".quiz-error");
    var fieldset = question.querySelector("fieldset");
    error.hidden = !message;
    error.textContent = message ? "Error: " + message : "";
    question.classList.toggle("quiz-question--error", !!message);
    fieldset.setAttribute("aria-describedby", (message ? error.id + " " : "") +
      fieldset.getAttribute("aria-describedby").replace(error.id, "").trim());
  }

  function feedbackFor(question, right) {
    var answer = question.querySelector(".quiz-answer");
    var parts = [el("p", "quiz-verdict quiz-verdict--" + (right ? "right" : "wrong"))];
    parts[0].appendChild(el("span", "quiz-verdict__icon", right ? "\u2714" : "\u2716"));
    parts[0].appendChild(document.createTextNode(right ? " Correct." : " Not quite."));
    parts[0].firstChild.setAttribute("aria-hidden", "true");
    inputsOf(question).forEach(function (input) {
      if (input.checked && input.hasAttribute("data-feedback")) {
        parts.push(el("p", "quiz-option-feedback", input.getAttribute("data-feedback")));
      }
    });
    if (!right) parts.push(answer.querySelector(".quiz-right-answer").cloneNode(true));
    parts.push(answer.querySelector(".quiz-explanation").cloneNode(true));
    parts.push(answer.querySelector(".quiz-read-more").cloneNode(true));
    return parts;
  }

  function check(question) {
    var inputs = inputsOf(question);
    var feedback = question.querySelector(".quiz-feedback");
    if (!inputs.some(function (input) { return input.checked; })) {
      setContent(feedback, []);
      showError(question, "Choose an answer to question " + numberOf(question) + " before you check it.");
      inputs[0].focus();
      return;
    }
    showError(question, "");
    var right = inputs.every(function (input) {
      return input.checked === input.hasAttribute("data-correct");
    });
    results[question.id] = right;
    setContent(feedback, feedbackFor(question, right));
    updateScore();
  }

  function updateScore() {
    var checked = questions.filter(function (q) { return q.id in results; });
    if (checked.length < questions.length) return;
    var missed = questions.filter(function (q) { return !results[q.id]; });
    var parts = [el("p", "quiz-score__total",
      "You answered " + (questions.length - missed.length) + " of " + questions.length + " correctly.")];
    if (missed.length) {
      parts.push(el("p", null, "You may want to read these sections again:"));
      var list = el("ul");
      var seen = {};
      missed.forEach(function (q) {
        var url = q.getAttribute("data-section-url");
        if (seen[url]) return;
        seen[url] = true;
        var link = el("a", null, q.getAttribute("data-section"));
        link.href = url;
        list.appendChild(el("li")).appendChild(link);
      });
      parts.push(list);
    } else {
      parts.push(el("p", null, "Well done: you answered every question correctly."));
    }
    setContent(score, parts);
  }

  function reset() {
    results = {};
    questions.forEach(function (question) {
      inputsOf(question).forEach(function (input) { input.checked = false; });
      setContent(question.querySelector(".quiz-feedback"), []);
      question.querySelector(".quiz-answer").open = false;
      showError(question, "");
    });
    setContent(score, Array.prototype.slice.call(initialScore.cloneNode(true).childNodes));
    inputsOf(questions[0])[0].focus();
  }

  questions.forEach(function (question) {
    var button = question.querySelector("[data-quiz-check]");
    button.hidden = false;
    button.addEventListener("click", function () { check(question); });
  });
  summary.hidden = false;
  summary.querySelector("[data-quiz-reset]").addEventListener("click", reset);
})();
