'use strict';
/* Every form speaks Shenava's own language. The browser's checks ("Please fill out this field",
   in the browser's language, in a bubble that vanishes) are switched off (novalidate); the same
   checks run here and put a Persian message under the field, where it stays until the field is
   changed. Required fields are marked for eyes (an asterisk) and for screen readers
   (aria-required). Date fields get the calendar button, a hint and a placeholder that is not a
   value. A form the server could not bind comes back with #form-trouble (FormTrouble.java): its
   messages go to their fields and what was typed goes back into the form.
   The messages come from the page (#form-support, message bundle i18n/forms). */
(function () {
  var support, msg = {}, seq = 0;

  function text(key, args) {
    return String(msg[key] || '').replace(/\{(\d)\}/g, function (_, i) { return args && args[+i] != null ? args[+i] : ''; });
  }
  function controls(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && !/^(hidden|submit|button|reset|image)$/.test(el.type) && !el.disabled;
    });
  }
  function labelOf(el) {
    return el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : el.closest('label');
  }
  function place(el) {   // where a message goes: after the input group, or after the last of a radio/checkbox row
    if (el.type === 'radio' || el.type === 'checkbox') {
      var group = el.closest('fieldset, .form-check-group, [role="radiogroup"]');
      if (group) return group;
      var check = el.closest('.form-check');
      if (check) return check;
    }
    return el.closest('.input-group') || el;
  }

  function showError(el, message) {
    var anchor = place(el), id = el.getAttribute('data-problem-id');
    if (!id) { id = 'problem-' + (el.id || el.name.replace(/\W/g, '')) + '-' + (++seq); el.setAttribute('data-problem-id', id); }
    var box = document.getElementById(id);
    if (!box) {
      box = document.createElement('div');
      box.id = id;
      box.className = 'invalid-feedback d-block';
      anchor.insertAdjacentElement('afterend', box);
    }
    box.textContent = message;
    el.classList.add('is-invalid');
    el.setAttribute('aria-invalid', 'true');
    var described = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (described.indexOf(id) < 0) { described.unshift(id); el.setAttribute('aria-describedby', described.join(' ')); }
  }
  function clearError(el) {
    var id = el.getAttribute('data-problem-id'), box = id && document.getElementById(id);
    if (box) box.remove();
    if (id) {
      el.setAttribute('aria-describedby', (el.getAttribute('aria-describedby') || '').split(/\s+/)
        .filter(function (x) { return x && x !== id; }).join(' '));
      el.removeAttribute('data-problem-id');
    }
    el.classList.remove('is-invalid');
    el.removeAttribute('aria-invalid');
  }

  // A Jalali date as typed (any digits): null when fine, else the message saying why not.
  function dateProblem(value) {
    var J = window.ShenavaJalali;
    var s = String(value || '').trim().replace(/[۰-۹]/g, function (c) { return c.charCodeAt(0) - 0x06F0; })
      .replace(/[٠-٩]/g, function (c) { return c.charCodeAt(0) - 0x0660; });
    if (!s || !J) return null;
    var m = /^(\d{4})\s*[\/\-]\s*(\d{1,2})\s*[\/\-]\s*(\d{1,2})$/.exec(s);
    if (!m) return text('dateFormat');
    var y = +m[1], mo = +m[2], d = +m[3], persian = !/^en\b/i.test(document.documentElement.lang || 'fa');
    if (y >= 1700) {
      var real = mo >= 1 && mo <= 12 && d >= 1 && J.isGregorianDay(y, mo, d);
      if (!real) return text('dateFormat');
      return persian ? text('dateGregorian', [m[1] + '-' + m[2] + '-' + m[3], J.toJalaliText(y, mo, d)]) : null;
    }
    if (mo < 1 || mo > 12) return text('dateMonth');
    if (d < 1) return text('dateFormat');
    if (d > J.monthLength(y, mo)) return text('dateLength', [J.monthName(mo), J.digits(y), J.digits(J.monthLength(y, mo))]);
    return null;
  }

  function problem(el) {
    if (el.classList.contains('jalali-date') && el.value.trim()) {
      var p = dateProblem(el.value);
      if (p) return p;
    }
    if (!el.willValidate || el.checkValidity()) return null;
    var v = el.validity;
    if (v.valueMissing) return el.tagName === 'SELECT' || el.type === 'radio' || el.type === 'checkbox' || el.type === 'file'
      ? text('choose') : text('required');
    if (v.typeMismatch) return el.type === 'email' ? text('email') : text('pattern');
    if (v.tooLong) return text('tooLong');
    if (v.tooShort) return text('tooShort');
    if (v.badInput || v.stepMismatch || v.rangeUnderflow || v.rangeOverflow) return text('number');
    return text('pattern');
  }

  function check(form) {
    var first = null, seen = {};
    controls(form).forEach(function (el) {
      if (el.type === 'radio' && seen[el.name]) return;
      seen[el.name] = true;
      var p = problem(el);
      clearError(el);
      if (p) { showError(el, p); first = first || el; }
    });
    return first;
  }

  function markRequired(el) {
    el.setAttribute('aria-required', 'true');
    var label = labelOf(el);
    if (label && !label.classList.contains('required')) label.classList.add('required');
  }

  // A date field: the calendar button (jalali-datepicker.js opens it), a placeholder that is not a date, a hint.
  function dateField(el) {
    if (el.hasAttribute('data-forms-date')) return;
    el.setAttribute('data-forms-date', '1');
    if (!el.id) el.id = 'date-' + (++seq);
    el.setAttribute('inputmode', 'numeric');
    el.setAttribute('autocomplete', 'off');
    el.setAttribute('placeholder', msg.datePlaceholder);
    var group = el.closest('.input-group');
    if (!group || !group.querySelector('.jalali-toggle')) {
      if (!group) {
        group = document.createElement('div');
        group.className = 'input-group';
        el.parentNode.insertBefore(group, el);
        group.appendChild(el);
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-outline-secondary jalali-toggle';
      button.setAttribute('data-target', el.id);
      button.setAttribute('aria-label', msg.datePick);
      button.textContent = msg.dateCalendar;
      group.appendChild(button);
    }
    var described = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    var hasHint = described.some(function (id) { var e = document.getElementById(id); return e && e.classList.contains('form-text'); });
    if (!hasHint) {
      var hint = document.createElement('div');
      hint.className = 'form-text';
      hint.id = el.id + '-hint';
      hint.textContent = msg.dateHint;
      group.insertAdjacentElement('afterend', hint);
      described.push(hint.id);
      el.setAttribute('aria-describedby', described.join(' '));
    }
  }

  function enhance(root) {
    (root || document).querySelectorAll('form').forEach(function (form) {
      form.noValidate = true;
    });
    (root || document).querySelectorAll('input[type="number"]').forEach(function (el) {
      el.type = 'text';   // a number input refuses Persian digits; the server reads any digits
      el.setAttribute('inputmode', 'numeric');
    });
    (root || document).querySelectorAll('[required]').forEach(markRequired);
    (root || document).querySelectorAll('input.jalali-date').forEach(dateField);
    if (window.ShenavaJalali && window.ShenavaJalali.wire) window.ShenavaJalali.wire(root);
  }

  function sameAction(form, action) {
    try { return new URL(form.getAttribute('action') || location.href, location.href).pathname === action; } catch (e) { return false; }
  }

  // The server sent a form back: its messages to their fields, what was typed back into it.
  function trouble() {
    var box = document.getElementById('form-trouble');
    if (!box) return;
    var action = box.getAttribute('data-action');
    var form = Array.prototype.find.call(document.forms, function (f) { return sameAction(f, action); });
    if (!form) return;
    box.querySelectorAll('.form-trouble-typed li').forEach(function (li) {
      var name = li.getAttribute('data-field'), value = li.textContent, els = form.querySelectorAll('[name="' + CSS.escape(name) + '"]');
      var values = value.split('\n');
      els.forEach(function (el) {
        if (/^(file|hidden|password|submit|button)$/.test(el.type)) return;
        if (el.type === 'radio') el.checked = el.value === value;
        else if (el.type === 'checkbox') el.checked = values.indexOf(el.value) >= 0;
        else if (el.tagName === 'SELECT' && el.multiple) Array.prototype.forEach.call(el.options, function (o) { o.selected = values.indexOf(o.value) >= 0; });
        else el.value = els.length > 1 ? values.shift() || '' : value;
      });
    });
    var first = null;
    box.querySelectorAll('ul:not(.form-trouble-typed) li').forEach(function (li) {
      var el = form.querySelector('[name="' + CSS.escape(li.getAttribute('data-field')) + '"]');
      if (!el) return;
      showError(el, li.textContent);
      first = first || el;
      if (el.id) {
        var a = document.createElement('a');
        a.href = '#' + el.id;
        a.textContent = li.textContent;
        li.textContent = '';
        li.appendChild(a);
      }
    });
    var details = form.closest('details');
    if (details) details.open = true;
    if (first) { first.focus(); }
  }

  function init() {
    support = document.getElementById('form-support');
    if (support) {
      Object.keys(support.dataset).forEach(function (k) { msg[k] = support.dataset[k]; });
    }
    enhance(document);
    trouble();
    // Checks before sending, in the capture phase so htmx and the double-click guard see a refused form as never sent.
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (!(form instanceof HTMLFormElement) || form.hasAttribute('data-no-check')) return;
      var first = check(form);
      if (first) {
        event.preventDefault();
        event.stopPropagation();
        var folded = first.closest('details');
        if (folded) folded.open = true;
        first.focus();
      }
    }, true);
    ['input', 'change'].forEach(function (type) {
      document.addEventListener(type, function (event) {
        var el = event.target;
        if (el && el.classList && el.classList.contains('is-invalid') && el.hasAttribute('data-problem-id') && !problem(el)) clearError(el);
      });
    });
    document.body.addEventListener('htmx:afterSettle', function (e) { enhance(e.target); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
