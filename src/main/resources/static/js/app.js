'use strict';
// Site-wide behaviour, kept out of the pages because the Content-Security-Policy forbids inline script.
(function () {
  // A form marked data-confirm asks before it does something that cannot be undone.
  document.addEventListener('submit', function (event) {
    const form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm === 'true') {
      if (!window.confirm(form.dataset.confirmText || '?')) {
        event.preventDefault();
      }
    }
  }, true);

  // A submit button is disabled once clicked, so a double click never sends a form twice.
  document.addEventListener('submit', function (event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented || form.method.toLowerCase() !== 'post') {
      return;
    }
    window.setTimeout(function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    }, 0);
  });
})();
