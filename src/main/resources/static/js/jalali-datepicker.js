/* Shenava Jalali date picker: an optional calendar popup for inputs.jalali-date.
   Typing stays the primary way in; this only helps. No dependencies, CSP-safe:
   no inline styles, no eval — all looks come from css/datepicker.css. */
(function () {
  'use strict';

  // --- Conversion: the exact jalaali-js arithmetic (Borkowski's break years). ---
  var BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060,
    2097, 2192, 2262, 2324, 2394, 2456, 3178];
  function div(a, b) { return ~~(a / b); }          // truncating, like the reference
  function mod(a, b) { return a - ~~(a / b) * b; }

  // Returns leap (0 means leap year), the Gregorian year of Farvardin 1 and its March day.
  function jalCal(jy) {
    var gy = jy + 621, leapJ = -14, jp = BREAKS[0], jump = 0, jm, n, i;
    if (jy < jp || jy >= BREAKS[BREAKS.length - 1]) throw new RangeError('Jalali year ' + jy);
    for (i = 1; i < BREAKS.length; i++) {
      jm = BREAKS[i]; jump = jm - jp;
      if (jy < jm) break;
      leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
      jp = jm;
    }
    n = jy - jp;
    leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
    if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
    var leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
    if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
    var leap = mod(mod(n + 1, 33) - 1, 4);
    return { leap: leap === -1 ? 4 : leap, gy: gy, march: 20 + leapJ - leapG };
  }
  // Gregorian <-> Julian Day Number; day numbers make day/week arithmetic trivial.
  function g2d(gy, gm, gd) {
    var d = div((gy + div(gm - 8, 6) + 100100) * 1461, 4) + div(153 * mod(gm + 9, 12) + 2, 5) + gd - 34840408;
    return d - div(div(gy + 100100 + div(gm - 8, 6), 100) * 3, 4) + 752;
  }
  function d2g(jdn) {
    var j = 4 * jdn + 139361631;
    j += div(div(4 * jdn + 183187720, 146097) * 3, 4) * 4 - 3908;
    var i = div(mod(j, 1461), 4) * 5 + 308, gm = mod(div(i, 153), 12) + 1;
    return { gy: div(j, 1461) - 100100 + div(8 - gm, 6), gm: gm, gd: div(mod(i, 153), 5) + 1 };
  }
  function j2d(jy, jm, jd) {
    var r = jalCal(jy);
    return g2d(r.gy, 3, r.march) + (jm - 1) * 31 - div(jm, 7) * (jm - 7) + jd - 1;
  }
  function d2j(jdn) {
    var gy = d2g(jdn).gy, jy = gy - 621, r = jalCal(jy), k = jdn - g2d(gy, 3, r.march);
    if (k >= 0) {
      if (k <= 185) return { jy: jy, jm: 1 + div(k, 31), jd: mod(k, 31) + 1 };
      k -= 186;
    } else {
      jy -= 1; k += 179;
      if (r.leap === 1) k += 1;  // the previous year was leap: its Esfand has 30 days
    }
    return { jy: jy, jm: 7 + div(k, 30), jd: mod(k, 30) + 1 };
  }
  function monthLength(jy, jm) {
    if (jm <= 6) return 31;
    if (jm <= 11) return 30;
    return jalCal(jy).leap === 0 ? 30 : 29;
  }
  window.ShenavaJalali = {
    toJalali: function (gy, gm, gd) { return d2j(g2d(gy, gm, gd)); },
    toGregorian: function (jy, jm, jd) { return d2g(j2d(jy, jm, jd)); },
    monthLength: monthLength
  };

  // --- Locale: Persian pages write Jalali "1405/09/14", English pages ISO "2026-12-05". ---
  var FA = {
    months: ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'],
    days: ['ش', 'ی', 'د', 'س', 'چ', 'پ', 'ج'],
    dayNames: ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه'],
    prev: 'ماه قبل', next: 'ماه بعد', dialog: 'انتخاب تاریخ'
  };
  var EN = {
    months: ['Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand'],
    days: ['Sa', 'Su', 'Mo', 'Tu', 'We', 'Th', 'Fr'],
    dayNames: ['Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
    prev: 'Previous month', next: 'Next month', dialog: 'Choose a date'
  };
  function isPersian() { return !/^en\b/i.test(document.documentElement.lang || 'fa'); }
  function faDigits(v) { return String(v).replace(/\d/g, function (d) { return '۰۱۲۳۴۵۶۷۸۹'[d]; }); }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function digits(v) { return isPersian() ? faDigits(v) : String(v); }
  // Full spoken date: «۱۴ آذر ۱۴۰۵»; English adds the ISO date it will write.
  function label(jdn) {
    var j = d2j(jdn), s = digits(j.jd + ' ' + (isPersian() ? FA : EN).months[j.jm - 1] + ' ' + j.jy);
    return isPersian() ? s : s + ' (' + format(jdn) + ')';
  }
  // Persian pages write the date in Persian digits, as typed there (the server reads any digits).
  function format(jdn) {
    if (isPersian()) { var j = d2j(jdn); return faDigits(j.jy + '/' + pad(j.jm) + '/' + pad(j.jd)); }
    var g = d2g(jdn); return g.gy + '-' + pad(g.gm) + '-' + pad(g.gd);
  }
  // Accepts ۱۴۰۵/۹/۱۴, ١٤٠٥-٠٩-١٤, 1405/09/14 or 2026-12-05; returns a day number or null.
  function parse(text) {
    var s = String(text || '').replace(/[۰-۹]/g, function (c) { return c.charCodeAt(0) - 0x06F0; })
      .replace(/[٠-٩]/g, function (c) { return c.charCodeAt(0) - 0x0660; });
    var m = /^\s*(\d{1,4})\s*[\/\-]\s*(\d{1,2})\s*[\/\-]\s*(\d{1,2})\s*$/.exec(s);
    if (!m) return null;
    var y = +m[1], mo = +m[2], d = +m[3];
    // Years 1000-1699 are Jalali, 1700-3000 Gregorian; anything else is a typo in progress.
    if (mo < 1 || mo > 12 || d < 1 || y < 1000 || y > 3000) return null;
    if (y >= 1700) {
      var jdn = g2d(y, mo, d), g = d2g(jdn);
      return g.gm === mo && g.gd === d ? jdn : null;
    }
    return d > monthLength(y, mo) ? null : j2d(y, mo, d);
  }
  // For forms.js: month names and the numeric form of a Jalali date in the page's digits.
  window.ShenavaJalali.monthName = function (m) { return (isPersian() ? FA : EN).months[m - 1]; };
  window.ShenavaJalali.digits = digits;
  window.ShenavaJalali.toJalaliText = function (gy, gm, gd) {
    var j = d2j(g2d(gy, gm, gd)); return digits(j.jy + '/' + pad(j.jm) + '/' + pad(j.jd));
  };
  window.ShenavaJalali.isGregorianDay = function (gy, gm, gd) { var g = d2g(g2d(gy, gm, gd)); return g.gm === gm && g.gd === gd; };
  function today() { var n = new Date(); return g2d(n.getFullYear(), n.getMonth() + 1, n.getDate()); }
  function weekCol(jdn) { return (jdn + 2) % 7; }  // JDN 0 is a Monday; column 0 is Saturday

  // --- Popup: one open at a time, rebuilt on every render (a month is only ~42 nodes). ---
  var open = null, uid = 0;

  function el(tag, cls, text, attrs) {
    var e = document.createElement(tag);
    e.className = cls;
    if (text != null) e.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function render(state, moveFocus) {
    var t = isPersian() ? FA : EN, p = state.popup, j = d2j(state.focus);
    var first = state.focus - j.jd + 1, len = monthLength(j.jy, j.jm), now = today();
    state.title.textContent = digits(t.months[j.jm - 1] + ' ' + j.jy);
    var grid = el('div', 'jdp-grid', null, { role: 'grid', 'aria-labelledby': state.title.id });
    var row = grid.appendChild(el('div', 'jdp-row', null, { role: 'row' }));
    t.days.forEach(function (d, i) {  // one-letter headers, full names for assistive tech and hover
      row.appendChild(el('span', 'jdp-dow' + (i === 6 ? ' jdp-fri' : ''), d,
        { role: 'columnheader', title: t.dayNames[i], 'aria-label': t.dayNames[i] }));
    });
    var cells = [], i;
    for (i = 0; i < weekCol(first); i++) cells.push(null);
    for (i = 0; i < len; i++) cells.push(first + i);
    while (cells.length % 7) cells.push(null);
    cells.forEach(function (jdn, idx) {
      if (idx % 7 === 0) row = grid.appendChild(el('div', 'jdp-row', null, { role: 'row' }));
      if (jdn === null) { row.appendChild(el('span', 'jdp-empty', null, { role: 'gridcell' })); return; }
      // A native button keeps Enter/Space activation for free; role=gridcell allows aria-selected.
      var c = row.appendChild(el('button', 'jdp-day' + (idx % 7 === 6 ? ' jdp-fri' : ''), digits(jdn - first + 1),
        { type: 'button', role: 'gridcell', 'aria-label': label(jdn), 'aria-selected': String(jdn === state.selected),
          tabindex: jdn === state.focus ? '0' : '-1', 'data-jdn': jdn }));  // roving tabindex: one Tab stop
      if (jdn === now) { c.classList.add('jdp-today'); c.setAttribute('aria-current', 'date'); }
    });
    if (state.grid) p.replaceChild(grid, state.grid); else p.appendChild(grid);
    state.grid = grid;
    if (moveFocus) grid.querySelector('[tabindex="0"]').focus();
  }

  // Moves to the same day in another month, clamped (31 Shahrivar -> 30 Mehr).
  function addMonths(jdn, delta) {
    var j = d2j(jdn), m = j.jm - 1 + delta, y = j.jy + Math.floor(m / 12);
    m = ((m % 12) + 12) % 12 + 1;
    return j2d(y, m, Math.min(j.jd, monthLength(y, m)));
  }

  function close(focusToggle) {
    if (!open) return;
    var s = open;
    open = null;
    s.popup.remove();
    s.toggle.setAttribute('aria-expanded', 'false');
    if (focusToggle) s.toggle.focus();
  }

  function choose(state, jdn) {
    var input = state.input;
    input.value = format(jdn);
    // Let listeners (htmx triggers, validation) see the change as if typed.
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    close(false);
    input.focus();
  }

  function onKey(state, e) {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(true); return; }
    var day = e.target.closest && e.target.closest('.jdp-day');
    if (!day) return;
    var rtl = getComputedStyle(state.popup).direction === 'rtl', f = state.focus, to = null;
    switch (e.key) {
      case 'ArrowLeft': to = f + (rtl ? 1 : -1); break;   // visual direction follows the text
      case 'ArrowRight': to = f + (rtl ? -1 : 1); break;
      case 'ArrowUp': to = f - 7; break;
      case 'ArrowDown': to = f + 7; break;
      case 'PageUp': to = addMonths(f, e.shiftKey ? -12 : -1); break;
      case 'PageDown': to = addMonths(f, e.shiftKey ? 12 : 1); break;
      case 'Home': to = f - weekCol(f); break;
      case 'End': to = f + 6 - weekCol(f); break;
      default: return;
    }
    e.preventDefault();
    state.focus = to;
    render(state, true);
  }

  function openFor(toggle, input) {
    close(false);
    var group = toggle.closest('.input-group') || input, t = isPersian() ? FA : EN;
    group.parentNode.classList.add('jdp-anchor');
    var popup = el('div', 'jdp-popup', null, { role: 'dialog', 'aria-modal': 'false', 'aria-label': t.dialog });
    var head = popup.appendChild(el('div', 'jdp-header'));
    // dir=ltr stops browsers bidi-mirroring ‹ › unpredictably; the CSS flips them for RTL.
    var prev = head.appendChild(el('button', 'jdp-nav jdp-prev', '‹', { type: 'button', dir: 'ltr', 'aria-label': t.prev }));
    var title = head.appendChild(el('div', 'jdp-title', null, { id: 'jdp-title-' + (++uid), 'aria-live': 'polite' }));
    var next = head.appendChild(el('button', 'jdp-nav jdp-next', '›', { type: 'button', dir: 'ltr', 'aria-label': t.next }));
    var sel = parse(input.value);
    var state = { toggle: toggle, input: input, popup: popup, title: title, selected: sel, focus: sel === null ? today() : sel };
    prev.addEventListener('click', function () { state.focus = addMonths(state.focus, -1); render(state, false); });
    next.addEventListener('click', function () { state.focus = addMonths(state.focus, 1); render(state, false); });
    popup.addEventListener('click', function (e) {
      var d = e.target.closest('.jdp-day');
      if (d) choose(state, +d.dataset.jdn);
    });
    popup.addEventListener('keydown', function (e) { onKey(state, e); });
    group.insertAdjacentElement('afterend', popup);  // static position = right under the group
    toggle.setAttribute('aria-expanded', 'true');
    open = state;
    render(state, true);
  }

  // Clicking or tabbing anywhere outside the popup (and its toggle) closes it.
  function outside(e) {
    if (open && !open.popup.contains(e.target) && !open.toggle.contains(e.target)) close(false);
  }
  document.addEventListener('pointerdown', outside, true);
  document.addEventListener('focusin', outside, true);

  function wire(root) {
    (root || document).querySelectorAll('.jalali-toggle:not([data-jdp-wired])').forEach(function (toggle) {
      toggle.setAttribute('data-jdp-wired', '1');
      toggle.setAttribute('aria-haspopup', 'dialog');
      toggle.setAttribute('aria-expanded', 'false');
      toggle.addEventListener('click', function () {
        var input = document.getElementById(toggle.getAttribute('data-target'));
        if (!input) return;
        if (open && open.toggle === toggle) close(true); else openFor(toggle, input);
      });
    });
  }
  window.ShenavaJalali.wire = wire;   // forms.js adds calendar buttons to date fields that lack one
  function init() {
    wire();
    document.body.addEventListener('htmx:afterSettle', function () {
      if (open && !(open.popup.isConnected && open.input.isConnected)) close(false);  // swapped away
      wire();
    });
  }
  // With defer this normally runs before DOMContentLoaded; cope with late loading too.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
