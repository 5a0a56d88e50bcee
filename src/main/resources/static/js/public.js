'use strict';
// The public pages (issue 15 §11): the copy button of the tracking code, and the language switch that keeps
// what was typed. Without script the code is selectable text and the switch simply opens the page again.
(function () {
  const copy = document.getElementById('copy-code');
  if (copy) {
    const status = document.getElementById('copy-code-status');
    const code = document.getElementById(copy.dataset.copy);
    copy.hidden = false;
    copy.addEventListener('click', function () {
      const text = code.textContent.trim();
      const done = function () { status.textContent = copy.dataset.copied; };
      const fallback = function () {
        // older browsers and plain http: select the code, so that Ctrl+C (or the menu) copies it
        const range = document.createRange();
        range.selectNodeContents(code);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        let copied = false;
        try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
        status.textContent = copied ? copy.dataset.copied : copy.dataset.copyFailed;
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, fallback);
      } else {
        fallback();
      }
    });
  }

  // The language switch keeps what was typed: the fields go to sessionStorage and come back on the page in the
  // other language (never files, passwords or hidden fields — the anti-bot fields must be fresh).
  const KEY = 'shenava-typed:' + location.pathname;
  const keep = function (el) {
    return el.name && !el.disabled && ['hidden', 'file', 'password', 'submit', 'button'].indexOf(el.type) < 0
      && !el.closest('.hp-field');
  };
  document.querySelectorAll('a[data-keep-input]').forEach(function (link) {
    link.addEventListener('click', function () {
      const typed = [];
      document.querySelectorAll('main form input, main form textarea, main form select').forEach(function (el) {
        if (!keep(el)) { return; }
        if (el.type === 'checkbox' || el.type === 'radio') {
          typed.push({ n: el.name, v: el.value, c: el.checked });
        } else if (el.value) {
          typed.push({ n: el.name, v: el.value });
        }
      });
      try { sessionStorage.setItem(KEY, JSON.stringify(typed)); } catch (e) { /* private mode: nothing kept */ }
    });
  });
  let saved = null;
  try { saved = sessionStorage.getItem(KEY); sessionStorage.removeItem(KEY); } catch (e) { saved = null; }
  if (saved) {
    JSON.parse(saved).forEach(function (f) {
      document.querySelectorAll('main form [name="' + CSS.escape(f.n) + '"]').forEach(function (el) {
        if (!keep(el)) { return; }
        if (el.type === 'checkbox' || el.type === 'radio') {
          if (el.value === f.v) { el.checked = f.c; }
        } else if (!el.value) {
          el.value = f.v;
        }
      });
    });
  }
})();
