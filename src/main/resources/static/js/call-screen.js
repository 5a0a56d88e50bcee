'use strict';
// The follow-up call's script, keyboard first: a digit chooses the score of the question in focus
// (0 on a 1–5 scale marks "not applicable" where allowed; 1 then 0 quickly gives 10 on would-recommend),
// Enter moves to the next question (Shift+Enter keeps a new line in the customer's words). A scale answer
// at or below the questionnaire's threshold opens the reasons. Each change is saved by htmx on the form.
(function () {
  const script = document.getElementById('script');
  if (!script) {
    return;
  }
  const threshold = parseInt(script.dataset.threshold || '2', 10);
  const questions = Array.from(script.querySelectorAll('.question'));
  const persian = '۰۱۲۳۴۵۶۷۸۹';
  const arabic = '٠١٢٣٤٥٦٧٨٩';
  let lastDigit = null;
  let lastAt = 0;

  function digitOf(key) {
    if (/^[0-9]$/.test(key)) { return parseInt(key, 10); }
    if (persian.indexOf(key) >= 0) { return persian.indexOf(key); }
    if (arabic.indexOf(key) >= 0) { return arabic.indexOf(key); }
    return null;
  }

  function changed(input) {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function showReasons(question) {
    const reasons = question.querySelector('.reasons');
    if (!reasons) { return; }
    const chosen = question.querySelector('input[name=score]:checked');
    const na = question.querySelector('input.not-applicable');
    const low = chosen && parseInt(chosen.value, 10) <= threshold && !(na && na.checked);
    reasons.classList.toggle('d-none', !low);
  }

  function focusQuestion(question) {
    const target = question.querySelector('input[name=score]:checked, input[name=choices]:checked')
      || question.querySelector('input:not([type=hidden]), textarea');
    if (target) {
      target.focus();
      question.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }

  function next(question) {
    const i = questions.indexOf(question);
    if (i >= 0 && i + 1 < questions.length) {
      focusQuestion(questions[i + 1]);
    } else {
      const complete = document.getElementById('complete');
      if (complete) { complete.focus(); }
    }
  }

  function choose(question, digit) {
    const type = question.dataset.type;
    let value = digit;
    const now = Date.now();
    if (type === 'RECOMMEND' && lastDigit === 1 && digit === 0 && now - lastAt < 800) {
      value = 10;
    }
    lastDigit = digit;
    lastAt = now;
    if (type === 'SCALE' && digit === 0) {
      const na = question.querySelector('input.not-applicable');
      if (na) { na.checked = !na.checked; changed(na); }
      return true;
    }
    const radio = question.querySelector('input[name=score][value="' + value + '"]')
      || question.querySelector('input[name=choices][value="' + value + '"]');
    if (!radio) { return false; }
    radio.checked = radio.type === 'checkbox' ? !radio.checked : true;
    const na = question.querySelector('input.not-applicable');
    if (na && na.checked && radio.name === 'score') { na.checked = false; }
    radio.focus();
    changed(radio);
    return true;
  }

  script.addEventListener('keydown', function (event) {
    const question = event.target.closest('.question');
    if (!question || event.ctrlKey || event.altKey || event.metaKey) { return; }
    const inText = event.target.tagName === 'TEXTAREA';
    if (event.key === 'Enter' && !(inText && event.shiftKey)) {
      event.preventDefault();
      next(question);
      return;
    }
    if (inText || (event.target.name === 'reasons')) { return; }
    const digit = digitOf(event.key);
    if (digit !== null && choose(question, digit)) {
      event.preventDefault();
    }
  });

  script.addEventListener('change', function (event) {
    const question = event.target.closest('.question');
    if (question) { showReasons(question); }
  });

  // resume where the line dropped: the first question without an answer, or the first with a problem
  const problem = script.querySelector('.invalid-feedback');
  const open = problem ? problem.closest('.question') : questions.find(function (q) {
    return !q.querySelector('input:checked') && !Array.from(q.querySelectorAll('textarea')).some(function (t) { return t.value; });
  });
  if (open && script.dataset.live === 'true') {
    // after the page's own load handling (scrolling, autofocus), or the focus would be taken back
    window.addEventListener('load', function () { window.setTimeout(function () { focusQuestion(open); }, 0); });
  }
})();
