(function () {
  'use strict';
  var root = document.documentElement;
  var SVG = 'http://www.w3.org/2000/svg';
  window.addEventListener('error', function (e) {
    root.setAttribute('data-js-error', String(e.message));
  });

  // The same nice ticks as dev.plyometer.report.html.Ticks.
  function step(lo, hi, count) {
    var raw = (hi - lo) / Math.max(1, count);
    if (!(raw > 0)) { return 1; }
    var power = Math.pow(10, Math.floor(Math.log10(raw)));
    var f = raw / power;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
  }
  function label(v, s) {
    var text = v.toFixed(Math.max(0, -Math.floor(Math.log10(s) + 1e-9)));
    return /^-0(\.0*)?$/.test(text) ? text.substring(1) : text;
  }
  function el(name, attrs, text) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function zoomable(chart) {
    var plot = chart.querySelector('svg.plot');
    var axis = chart.querySelector('g.x-axis');
    var setLabels = chart.querySelectorAll('.set-label');
    var bucket = parseFloat(chart.getAttribute('data-bucket-s'));
    var x0 = parseFloat(plot.getAttribute('x'));
    var width = parseFloat(plot.getAttribute('width'));
    var base = parseFloat(plot.getAttribute('y')) + parseFloat(plot.getAttribute('height'));
    var height = plot.viewBox.baseVal.height;
    var buttons = Array.prototype.slice.call(
      document.querySelectorAll('[data-zoom-for="' + chart.id + '"] button'));

    function zoom(from, to, pressed) {
      plot.setAttribute('viewBox', (from / bucket) + ' 0 ' + ((to - from) / bucket) + ' ' + height);
      chart.setAttribute('data-zoom-from', String(from));
      chart.setAttribute('data-zoom-to', String(to));
      while (axis.firstChild) { axis.removeChild(axis.firstChild); }
      var s = step(from, to, 8);
      for (var k = Math.ceil(from / s - 1e-9); k * s <= to + s * 1e-9; k++) {
        var x = x0 + (k * s - from) / (to - from) * width;
        axis.appendChild(el('line', {x1: x, y1: base, x2: x, y2: base + 5, 'class': 'tick-mark'}));
        axis.appendChild(el('text', {x: x, y: base + 17, 'class': 'tick x'}, label(k * s, s)));
      }
      Array.prototype.forEach.call(setLabels, function (t) {
        var at = parseFloat(t.getAttribute('data-at'));
        t.setAttribute('x', String(x0 + (at - from) / (to - from) * width));
        t.setAttribute('visibility', at >= from && at <= to ? 'visible' : 'hidden');
      });
      buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b === pressed)); });
    }
    function press(b) {
      zoom(parseFloat(b.getAttribute('data-from')), parseFloat(b.getAttribute('data-to')), b);
    }
    buttons.forEach(function (b) {
      b.addEventListener('click', function () { press(b); });
    });
    function fromHash() {
      var m = /^#set-(\d+)$/.exec(window.location.hash);
      var b = m && buttons.filter(function (x) { return x.getAttribute('data-set') === m[1]; })[0];
      if (b) {
        press(b);
        chart.scrollIntoView({block: 'center'});
      }
    }
    window.addEventListener('hashchange', fromHash);
    fromHash();
  }

  function sortable(table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var body = table.tBodies[0];
    headers.forEach(function (th, column) {
      th.querySelector('button').addEventListener('click', function () {
        var descending = th.getAttribute('aria-sort') === 'ascending';
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute('data-v');
          var y = b.cells[column].getAttribute('data-v');
          var nx = x === '' ? NaN : Number(x);
          var ny = y === '' ? NaN : Number(y);
          var order;
          if (!isNaN(nx) || !isNaN(ny)) {
            order = isNaN(nx) ? 1 : isNaN(ny) ? -1 : nx - ny;
            if (isNaN(nx) || isNaN(ny)) { return order; }
          } else {
            order = x < y ? -1 : x > y ? 1 : 0;
          }
          return descending ? -order : order;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        headers.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('svg.zoomable'), zoomable);
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), sortable);
  root.setAttribute('data-ready', 'yes');
})();
