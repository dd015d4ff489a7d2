/* "Listen to this page": the device's own voice reads a section aloud, a sentence at a time, with
   the sentence being read highlighted and kept in view. Only voices that run on the device
   (localService) are used, so no text leaves it; where there is none for the page's language, or
   without JavaScript, the controls stay hidden (partials/listen.html writes them hidden). It reads
   the title, the key points and the text, never the menu, the answers or the feedback; the
   questions only when asked. It starts only when pressed, and stops when the patient leaves.
   Kept small: section pages are close to their first-visit byte budget (tests/built_site). */
(function () {
  "use strict";
  var synth = window.speechSynthesis;
  var box = document.querySelector("[data-listen]");
  if (!box || !synth || !window.SpeechSynthesisUtterance) return;
  function control(name) { return box.querySelector("[data-listen-" + name + "]"); }
  var play = control("play"), slow = control("slow"), moves = [control("back"), control("forward"), control("stop")];
  var playWords = play.textContent, lang = document.documentElement.lang, language = lang.split("-")[0];
  /* What a patient reads, block by block in page order (each block its own words only): not the
     questions unless asked, nor the answers, the feedback or the boxes around the text (the review
     notices of an urgent fix or an overdue review, above the title, are read first). Nothing hidden: the
     printed question sheet, a closed meaning, the timeline's picture (its caption and list are read). */
  var TEXT = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,figcaption,.guide-review-due";
  var NOT_TEXT = ".quiz,.quiz-list,.guide-contact,.guide-page-info,.guide-disclaimer,.guide-languages,details";
  var QUESTIONS = ".quiz>h2,.quiz-intro,.quiz-number,.quiz-text,.quiz-hint,.quiz-option label,.quiz-steps label";
  /* state: undefined (not reading), "pause" (reading: the button pauses) or "resume" (paused). */
  /* mark: the highlighted sentence (a Set where the browser has no Custom Highlight API). */
  var voice, sentences = [], at = 0, state, current, lit, mark = new Set();
  if (window.CSS && CSS.highlights) CSS.highlights.set("guide-listen", mark = new Highlight());

  /* A voice on the device, in the page's language (any region: en-GB, en_US). */
  function voicesChanged() {
    voice = synth.getVoices().filter(function (v) {
      return v.localService && v.lang.split(/[-_]/)[0] === language;
    })[0];
    box.hidden = !voice;
    if (!voice && state) stop();
  }

  /* The sentences of the blocks in `root`, each with its text's range: cut after . ! or ? (Urdu's
     full stop and question mark too) and a space, unless a small letter follows ("e.g. crutches"). */
  function read(root, blocks, skip) {
    var found = [];
    root.querySelectorAll(blocks).forEach(function (block) {
      if (skip && block.closest(skip) || !block.getClientRects().length) return;
      var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT), nodes = [], text = "", node;
      while ((node = walker.nextNode())) {
        if (node.parentElement.closest("[hidden],.guide-definition," + blocks) !== block) continue;
        nodes.push([node, text.length]);
        text += node.data;
      }
      function point(offset, end) {
        for (var i = 0; offset >= nodes[i][1] + nodes[i][0].data.length + end; i++);
        return [nodes[i][0], offset - nodes[i][1]];
      }
      var cut = /[.!?\u06d4\u061f]+["'\u2019\u201d)]*\s+(?!\p{Ll})|$/gu, from = 0;
      while (from < text.length && cut.exec(text)) {
        var words = text.slice(from, cut.lastIndex), start = from + words.search(/\S/);
        from = cut.lastIndex;
        if (!/[\p{L}\p{N}]/u.test(words)) continue;
        var range = document.createRange(), a = point(start, 0), b = point(start + words.trim().length, 1);
        range.setStart(a[0], a[1]);
        range.setEnd(b[0], b[1]);
        found.push({ text: words.trim().replace(/\s+/g, " "), block: block, range: range });
      }
    });
    return found;
  }

  /* The buttons say what they do next; the sentence being read is marked and underlined, its block
     outlined (never colour alone), and brought a third of the way down the screen when it is out of
     view or near the top (under the header). */
  function show(next) {
    var focused = document.activeElement, sentence = next && sentences[at];
    state = next;
    play.textContent = next ? play.getAttribute("data-" + next) : playWords;
    moves.forEach(function (button) { button.hidden = !next; });
    if (focused && focused.hidden) play.focus();
    if (lit) lit.classList.remove("guide-listen-now");
    mark.clear();
    if (!(lit = sentence && sentence.block)) return;
    lit.classList.add("guide-listen-now");
    mark.add(sentence.range);
    var rect = sentence.range.getBoundingClientRect();
    if (rect.top < innerHeight / 6 || rect.bottom > innerHeight) {
      scrollBy({ top: rect.top - innerHeight / 3,
        behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    }
  }
  /* One utterance a sentence, after cancelling any other. One cancelled (pause, skip, stop) may
     still report its end: only the current one moves on. */
  function speak() {
    if (at >= sentences.length) return stop();
    hush("pause");
    var utterance = current = new SpeechSynthesisUtterance(sentences[at].text);
    utterance.voice = voice;
    utterance.lang = lang;
    utterance.rate = slow.checked ? 0.75 : 1;
    utterance.onend = utterance.onerror = function (event) {
      if (current !== utterance) return;
      if (event.type === "end") at++, speak();
      else stop();
    };
    synth.speak(utterance);
  }
  function hush(next) {
    current = null;
    synth.cancel();
    show(next);
  }
  function stop() {
    at = 0;
    hush();
  }
  function start(root, blocks, skip) {
    sentences = read(root, blocks, skip);
    at = 0;
    speak();
  }

  play.addEventListener("click", function () {
    if (state === "pause") hush("resume");
    else if (state) speak();
    else start(box.closest("article"), TEXT, NOT_TEXT);
  });
  /* Back or forward a sentence: read on from there if reading, else only move the highlight. */
  moves.forEach(function (button, index) {
    button.addEventListener("click", function () {
      at = Math.max(at + index * 2 - 1, 0);
      if (index > 1 || at >= sentences.length) stop();
      else if (state === "pause") speak();
      else show(state);
    });
  });
  var questions = control("questions");
  if (questions) questions.addEventListener("click", function () { start(document.querySelector("[data-quiz]"), QUESTIONS); });
  /* A new speed takes effect at once: the sentence starts again at it. */
  slow.addEventListener("change", function () { if (state === "pause") speak(); });
  addEventListener("pagehide", stop);
  synth.onvoiceschanged = voicesChanged;
  voicesChanged();
})();
