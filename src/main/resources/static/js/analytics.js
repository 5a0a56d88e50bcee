'use strict';
// The dashboard's charts (Chart.js from the webjar). Each canvas carries its chart as JSON in
// data-chart (the Content-Security-Policy forbids inline script); a click on a bar opens the list
// of surveys or complaints behind it. Right-to-left, Vazirmatn, Persian digits on Persian pages.
(function () {
  function draw() {
    if (!window.Chart) {
      return;
    }
    const rtl = document.documentElement.dir === 'rtl';
    const fa = document.documentElement.lang === 'fa';
    const locale = fa ? 'fa-IR' : 'en-US';
    const fmt = function (v) {
      return v === null || v === undefined ? '' : Number(v).toLocaleString(locale, { maximumFractionDigits: 2 });
    };
    Chart.defaults.font.family = 'Vazirmatn, Tahoma, sans-serif';
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      const spec = JSON.parse(canvas.dataset.chart);
      const pareto = spec.id.indexOf('pareto') === 0;
      const mixed = spec.type === 'bar';
      const datasets = spec.datasets.map(function (d) {
        const line = d.kind === 'line' && mixed;
        return {
          label: d.label, data: d.data, backgroundColor: d.color, borderColor: d.color, links: d.links,
          type: line ? 'line' : undefined, yAxisID: line && pareto ? 'y1' : (spec.horizontal ? undefined : 'y'),
          order: line ? 0 : 1, spanGaps: true
        };
      });
      const index = spec.horizontal ? 'y' : 'x';
      const value = spec.horizontal ? 'x' : 'y';
      const scales = {};
      scales[index] = { stacked: spec.stacked, reverse: rtl && !spec.horizontal, position: spec.horizontal ? (rtl ? 'right' : 'left') : 'bottom' };
      scales[value] = {
        stacked: spec.stacked, beginAtZero: true, reverse: rtl && spec.horizontal,
        position: spec.horizontal ? 'bottom' : (rtl ? 'right' : 'left'),
        ticks: { callback: function (v) { return fmt(v) + (spec.percent ? '٪' : ''); } }
      };
      if (pareto) {
        scales.y1 = {
          min: 0, max: 100, position: rtl ? 'left' : 'right', grid: { drawOnChartArea: false },
          ticks: { callback: function (v) { return fmt(v) + '٪'; } }
        };
      }
      new Chart(canvas, {
        type: spec.type,
        data: { labels: spec.labels, datasets: datasets },
        options: {
          indexAxis: spec.horizontal ? 'y' : 'x', maintainAspectRatio: false, locale: locale, scales: scales,
          plugins: {
            legend: { rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr', position: 'bottom' },
            tooltip: {
              rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr',
              callbacks: { label: function (ctx) { return ctx.dataset.label + ': ' + fmt(ctx.parsed[ctx.dataset.type === 'line' ? 'y' : value]); } }
            }
          },
          onClick: function (event, elements, chart) {
            const el = elements[0];
            if (!el) {
              return;
            }
            const links = chart.data.datasets[el.datasetIndex].links;
            if (links && links[el.index]) {
              window.location.href = links[el.index];
            }
          },
          onHover: function (event, elements, chart) {
            const el = elements[0];
            const links = el ? chart.data.datasets[el.datasetIndex].links : null;
            chart.canvas.style.cursor = links && links[el.index] ? 'pointer' : 'default';
          }
        }
      });
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
})();
