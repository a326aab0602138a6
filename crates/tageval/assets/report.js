// tageval report: draws the documents from the JSON block, one at a time.
//
// Offsets are Unicode code points, so text is indexed as Array.from(text), never
// by UTF-16 units. All corpus text reaches the page through textContent,
// createTextNode and setAttribute; none of it is ever parsed as HTML.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('tageval-data').textContent);
  var labels = data.labels;
  var docs = data.docs;
  var NKINDS = data.kinds.length;
  // Per kind index (see data.kinds): CSS class suffix, badge word, tooltip words.
  var ERR_CLASS = ['correct', 'fp', 'fn', 'boundary', 'label', 'label-boundary', 'value'];
  var WORD = ['correct', 'spurious', 'missed', 'boundary', 'label', 'label+bounds', 'value'];
  var TITLE = ['correct', 'false positive', 'false negative', 'boundary error', 'wrong label',
    'wrong label and boundaries', 'wrong value'];
  var PAGE = 100;

  var state = {
    labels: labels.map(function () { return true; }),
    kinds: data.kinds.map(function () { return true; }),
    pair: null, // {g, p}: label indices, -1 for SPURIOUS (g) or MISSED (p)
    search: '',
    sort: 'order',
    limit: PAGE,
    open: -1
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function pct(x) { return (100 * x).toFixed(1); }

  // `--totals FIELD`: the predicted killed total next to the coded toll.
  function tollText(t) { return 'killed ' + (t.predicted === null ? 'none' : t.predicted) + ' / coded ' + t.gold; }

  // Each pairing of a document: a prediction with the gold it took (or none), or
  // a gold span no prediction took. {k: kind, g: gold index, p: predicted index}.
  function entries(doc) {
    if (doc._entries) return doc._entries;
    var out = [];
    var taken = new Uint8Array(doc.gold.length);
    doc.pred.forEach(function (m, i) {
      var g = m[4];
      if (g >= 0 && g < doc.gold.length) taken[g] = 1; else g = -1;
      out.push({ k: m[3], g: g, p: i });
    });
    doc.gold.forEach(function (m, i) {
      if (!taken[i]) out.push({ k: m[3], g: i, p: -1 });
    });
    doc._entries = out;
    return out;
  }

  function goldLabel(doc, e) { return e.g >= 0 ? doc.gold[e.g][2] : -1; }
  function predLabel(doc, e) { return e.p >= 0 ? doc.pred[e.p][2] : -1; }

  function matches(doc, e) {
    if (!state.kinds[e.k]) return false;
    var gl = goldLabel(doc, e), pl = predLabel(doc, e);
    if (!((gl >= 0 && state.labels[gl]) || (pl >= 0 && state.labels[pl]))) return false;
    return !state.pair || (state.pair.g === gl && state.pair.p === pl);
  }

  function kindCounts(doc) {
    var counts = new Array(NKINDS).fill(0);
    entries(doc).forEach(function (e) { if (matches(doc, e)) counts[e.k] += 1; });
    return counts;
  }

  function errorsOf(counts) {
    var n = 0;
    for (var k = 1; k < NKINDS; k++) n += counts[k];
    return n;
  }

  // ---- filters ----------------------------------------------------------

  var filtersNode = document.getElementById('filters');
  var listNode = document.getElementById('doc-list');
  var viewNode = document.getElementById('doc-view');

  function chip(className, text, pressed, onClick, swatch) {
    var b = el('button', 'chip ' + className);
    b.type = 'button';
    b.setAttribute('aria-pressed', pressed ? 'true' : 'false');
    if (swatch) b.appendChild(el('span', 'sw'));
    b.appendChild(document.createTextNode(text));
    b.addEventListener('click', onClick);
    return b;
  }

  function toggleAll(list) {
    var all = list.every(Boolean);
    for (var i = 0; i < list.length; i++) list[i] = !all;
  }

  function drawFilters() {
    filtersNode.textContent = '';
    var totals = new Array(NKINDS).fill(0);
    docs.forEach(function (doc) { entries(doc).forEach(function (e) { totals[e.k] += 1; }); });

    var lg = el('div', 'group');
    lg.appendChild(el('span', 'name', 'Labels'));
    labels.forEach(function (label, i) {
      lg.appendChild(chip('lbl l' + i, label, state.labels[i], function () {
        state.labels[i] = !state.labels[i];
        refresh();
      }, true));
    });
    lg.appendChild(chip('all', 'all', true, function () { toggleAll(state.labels); refresh(); }));
    filtersNode.appendChild(lg);

    var kg = el('div', 'group');
    kg.appendChild(el('span', 'name', 'Marks'));
    data.kinds.forEach(function (kind, k) {
      var c = chip('kind k-' + kind, WORD[k] + ' ' + totals[k], state.kinds[k], function () {
        state.kinds[k] = !state.kinds[k];
        refresh();
      }, true);
      c.title = TITLE[k];
      kg.appendChild(c);
    });
    kg.appendChild(chip('all', 'all', true, function () { toggleAll(state.kinds); refresh(); }));
    filtersNode.appendChild(kg);

    var sg = el('div', 'group');
    var search = el('input');
    search.type = 'search';
    search.placeholder = 'document id…';
    search.value = state.search;
    search.setAttribute('aria-label', 'filter documents by id');
    search.addEventListener('input', function () { state.search = search.value; state.limit = PAGE; drawList(); });
    sg.appendChild(search);
    var sort = el('select');
    sort.setAttribute('aria-label', 'sort documents');
    [['order', 'corpus order'], ['errors', 'most errors first'], ['f1', 'lowest strict F1 first']].forEach(function (o) {
      var opt = el('option', null, o[1]);
      opt.value = o[0];
      if (o[0] === state.sort) opt.selected = true;
      sort.appendChild(opt);
    });
    sort.addEventListener('change', function () { state.sort = sort.value; drawList(); });
    sg.appendChild(sort);
    if (state.pair) {
      var name = function (i, none) { return i >= 0 ? labels[i] : none; };
      var text = 'gold ' + name(state.pair.g, 'SPURIOUS') + ' × predicted ' + name(state.pair.p, 'MISSED') + '  ✕';
      var pc = chip('pair', text, true, function () { state.pair = null; refresh(); });
      pc.title = 'remove this confusion-matrix filter';
      sg.appendChild(pc);
    }
    filtersNode.appendChild(sg);
  }

  // ---- document list ----------------------------------------------------

  function openHash(i) { return '#doc=' + encodeURIComponent(docs[i].id); }

  var listed = []; // the rows of the list, in its order

  function drawList() {
    listNode.textContent = '';
    var needle = state.search.toLowerCase();
    var rows = [];
    var maxErrors = 1;
    docs.forEach(function (doc, i) {
      if (needle && doc.id.toLowerCase().indexOf(needle) < 0) return;
      var counts = kindCounts(doc);
      var errors = errorsOf(counts);
      if (state.pair && errors + counts[0] === 0) return;
      if (errors > maxErrors) maxErrors = errors;
      rows.push({ i: i, counts: counts, errors: errors });
    });
    if (state.sort === 'errors') {
      rows.sort(function (a, b) { return b.errors - a.errors || a.i - b.i; });
    } else if (state.sort === 'f1') {
      var f = function (r) { var x = docs[r.i].f1; return x === null ? -1 : x; };
      rows.sort(function (a, b) { return f(a) - f(b) || a.i - b.i; });
    }
    listed = rows;
    listNode.appendChild(el('div', 'count', rows.length + ' of ' + docs.length + ' documents'));
    rows.slice(0, state.limit).forEach(function (r) {
      var doc = docs[r.i];
      var a = el('a', r.i === state.open ? 'open' : '');
      a.href = openHash(r.i);
      a.appendChild(el('span', 'id', doc.id)).title = doc.id;
      var meta = el('span', 'meta');
      meta.appendChild(el('span', null, doc.f1 === null ? 'no prediction' : 'strict F1 ' + pct(doc.f1)));
      if (doc.toll) meta.appendChild(el('span', doc.toll.right ? 'toll' : 'toll wrong', tollText(doc.toll)));
      meta.appendChild(el('span', null, r.errors + (r.errors === 1 ? ' error' : ' errors')));
      a.appendChild(meta);
      var bar = el('span', 'kbar');
      for (var k = 1; k < NKINDS; k++) {
        if (!r.counts[k]) continue;
        var seg = el('i', 'k-' + data.kinds[k]);
        seg.style.width = (100 * r.counts[k] / maxErrors).toFixed(2) + '%';
        seg.style.background = 'var(--k)';
        seg.title = r.counts[k] + ' ' + TITLE[k];
        bar.appendChild(seg);
      }
      a.appendChild(bar);
      listNode.appendChild(a);
    });
    if (rows.length > state.limit) {
      var more = el('button', 'more', 'Show ' + Math.min(PAGE, rows.length - state.limit) + ' more (' +
        (rows.length - state.limit) + ' not shown)');
      more.type = 'button';
      more.addEventListener('click', function () { state.limit += PAGE; drawList(); });
      listNode.appendChild(more);
    }
    if (!rows.length) listNode.appendChild(el('div', 'empty', 'No document matches.'));
  }

  // ---- one document -----------------------------------------------------

  function quote(chars, m) { return '“' + chars.slice(m[0], m[1]).join('') + '”'; }

  function valueOf(m, side) { return side === 'p' ? m[5] : m[4]; }

  // Tooltip lines for one mark.
  function describe(doc, chars, span) {
    var m = span.m;
    var line = (span.side === 'p' ? 'predicted ' : 'gold ') + labels[m[2]] + ' ' + quote(chars, m);
    var v = valueOf(m, span.side);
    if (v !== undefined) line += ' = ' + v;
    if (span.side === 'g') {
      return line + (span.k === 2 ? '  ✗ false negative (missed)' : '');
    }
    line += span.k === 0 ? '  ✓ correct' : '  ✗ ' + TITLE[span.k];
    if (span.k === 1) line += ' (no gold span here)';
    var g = m[4] >= 0 ? doc.gold[m[4]] : null;
    if (g && span.k !== 0) {
      line += '\n    gold ' + labels[g[2]] + ' ' + quote(chars, g);
      if (g[4] !== undefined || v !== undefined) {
        line += '\n    value: gold ' + (g[4] === undefined ? '(none)' : g[4]) + ', predicted ' + (v === undefined ? '(none)' : v);
      }
    }
    return line;
  }

  // The marks to draw: the spans of the entries that pass the filters.
  function visibleSpans(doc) {
    var spans = [];
    var goldSeen = {};
    entries(doc).forEach(function (e) {
      if (!matches(doc, e)) return;
      if (e.p >= 0) spans.push({ side: 'p', i: e.p, m: doc.pred[e.p], k: e.k, alone: false });
      if (e.g >= 0 && !goldSeen[e.g]) {
        goldSeen[e.g] = true;
        spans.push({ side: 'g', i: e.g, m: doc.gold[e.g], k: e.p >= 0 ? e.k : doc.gold[e.g][3], alone: e.p < 0 });
      }
    });
    return spans;
  }

  function byLength(a, b) { return (a.m[1] - a.m[0]) - (b.m[1] - b.m[0]) || a.m[0] - b.m[0]; }

  function tagsAfter(doc, out, ending) {
    ending.forEach(function (span) {
      var l = span.m[2];
      if (span.side === 'g' && !span.alone) return;
      out.appendChild(el('span', 'tag l' + l, labels[l]));
      if (span.k === 0) return;
      var word = WORD[span.k];
      if ((span.k === 4 || span.k === 5) && span.m[4] >= 0) word = 'gold ' + labels[doc.gold[span.m[4]][2]];
      var badge = el('span', 'badge k-' + data.kinds[span.k], word);
      badge.title = TITLE[span.k];
      out.appendChild(badge);
    });
  }

  // Splits the text at every mark boundary; each piece knows the marks over it:
  // predictions as highlights, gold as underlines, errors as a coloured top line
  // and a badge after the mark.
  function drawText(doc, chars, spans) {
    var out = el('div', 'doc-text');
    var cuts = [0, chars.length];
    spans.forEach(function (s) { cuts.push(s.m[0], s.m[1]); });
    cuts = cuts.filter(function (c) { return c >= 0 && c <= chars.length; });
    cuts.sort(function (a, b) { return a - b; });
    var order = spans.slice().sort(function (a, b) { return a.m[0] - b.m[0]; });
    var next = 0;
    var active = [];
    var marked = {};
    for (var c = 0; c + 1 < cuts.length; c++) {
      var a = cuts[c], b = cuts[c + 1];
      if (a === b) continue;
      while (next < order.length && order[next].m[0] <= a) active.push(order[next++]);
      active = active.filter(function (s) { return s.m[1] > a; });
      var over = active.filter(function (s) { return s.m[0] < s.m[1]; });
      var text = chars.slice(a, b).join('');
      if (!over.length) {
        out.appendChild(document.createTextNode(text));
        continue;
      }
      var preds = over.filter(function (s) { return s.side === 'p'; }).sort(byLength);
      var golds = over.filter(function (s) { return s.side === 'g'; }).sort(byLength);
      var seg = el('span', 'seg', text);
      var classes = [];
      if (preds.length) {
        var p = preds[0];
        classes.push('p');
        seg.style.setProperty('--pt', 'var(--t' + p.m[2] + ')');
        if (p.m[0] === a) classes.push('ps');
        if (p.m[1] === b) classes.push('pe');
      } else if (golds.some(function (s) { return s.alone && s.k === 2; })) {
        classes.push('fn-only');
      }
      if (golds.length) seg.style.setProperty('--under', '0 -3px 0 var(--c' + golds[0].m[2] + ')');
      if (golds.length > 1) seg.style.setProperty('--under2', '0 3px 0 var(--c' + golds[1].m[2] + ')');
      over.forEach(function (s) {
        if (s.k !== 0 && classes.indexOf('err-' + ERR_CLASS[s.k]) < 0) classes.push('err-' + ERR_CLASS[s.k]);
        var key = s.side + s.i;
        if (!marked[key]) {
          marked[key] = true;
          if (!seg.hasAttribute('data-m')) seg.setAttribute('data-m', key);
        }
      });
      // The innermost prediction's error draws the top line.
      if (preds.length && preds[0].k !== 0) classes.push('top-' + ERR_CLASS[preds[0].k]);
      seg.className = 'seg ' + classes.join(' ');
      seg.title = preds.concat(golds).map(function (s) { return describe(doc, chars, s); }).join('\n');
      out.appendChild(seg);
      tagsAfter(doc, out, preds.concat(golds).filter(function (s) { return s.m[1] === b; }));
    }
    return out;
  }

  function legend() {
    var box = el('div', 'legend');
    box.appendChild(el('span', 'ex', 'highlight = predicted · underline = gold · hover a mark for both sides and values'));
    for (var k = 0; k < NKINDS; k++) {
      var item = el('span', 'k-' + data.kinds[k]);
      item.appendChild(el('span', 'kdot'));
      item.appendChild(document.createTextNode(TITLE[k]));
      box.appendChild(item);
    }
    return box;
  }

  function sideCells(row, doc, chars, m, side) {
    var td = el('td');
    if (m) {
      td.appendChild(el('span', 'tag l' + m[2], labels[m[2]]));
      td.appendChild(document.createTextNode(' ' + quote(chars, m) + ' '));
      var v = valueOf(m, side);
      if (v !== undefined) td.appendChild(el('span', 'val', v));
    } else {
      td.appendChild(el('span', 'val', '—'));
    }
    row.appendChild(td);
  }

  function drawErrors(doc, chars, text) {
    var rows = entries(doc).filter(function (e) { return e.k !== 0 && matches(doc, e); });
    if (!rows.length) return el('p', 'quiet', 'No error passes the filters in this document.');
    rows.sort(function (a, b) {
      var at = function (e) { return e.p >= 0 ? doc.pred[e.p][0] : doc.gold[e.g][0]; };
      return at(a) - at(b);
    });
    var table = el('table', 'errors');
    var head = el('tr');
    ['error', 'gold', 'predicted'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    table.appendChild(el('thead')).appendChild(head);
    var body = el('tbody');
    rows.forEach(function (e) {
      var tr = el('tr');
      var kind = el('td');
      kind.appendChild(el('span', 'badge k-' + data.kinds[e.k], WORD[e.k]));
      tr.appendChild(kind);
      sideCells(tr, doc, chars, e.g >= 0 ? doc.gold[e.g] : null, 'g');
      sideCells(tr, doc, chars, e.p >= 0 ? doc.pred[e.p] : null, 'p');
      tr.addEventListener('click', function () {
        var key = e.p >= 0 ? 'p' + e.p : 'g' + e.g;
        var target = text.querySelector('[data-m="' + key + '"]');
        if (!target) return;
        target.scrollIntoView({ block: 'center', behavior: 'smooth' });
        target.classList.remove('flash');
        void target.offsetWidth;
        target.classList.add('flash');
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  function drawDoc() {
    viewNode.textContent = '';
    var i = state.open;
    if (i < 0 || i >= docs.length) {
      viewNode.appendChild(el('p', 'empty', 'Pick a document on the left.'));
      return;
    }
    var doc = docs[i];
    var chars = Array.from(doc.text);
    viewNode.appendChild(el('h3', null, doc.id));
    var counts = kindCounts(doc);
    var meta = el('div', 'doc-meta');
    var bits = [];
    if (doc.dct) bits.push('DCT ' + doc.dct);
    bits.push(chars.length + ' characters');
    bits.push(doc.f1 === null ? 'no prediction' : 'strict F1 ' + pct(doc.f1));
    if (doc.toll) bits.push(tollText(doc.toll) + (doc.toll.right ? '' : ' (wrong)'));
    meta.appendChild(document.createTextNode(bits.join(' · ') + ' · '));
    for (var k = 0; k < NKINDS; k++) {
      if (!counts[k]) continue;
      var c = el('span', 'k-' + data.kinds[k]);
      c.appendChild(el('span', 'kdot'));
      c.appendChild(document.createTextNode(counts[k] + ' ' + WORD[k] + '  '));
      meta.appendChild(c);
    }
    viewNode.appendChild(meta);
    viewNode.appendChild(legend());
    var text = drawText(doc, chars, visibleSpans(doc));
    viewNode.appendChild(text);
    viewNode.appendChild(el('h2', null, 'Errors in this document'));
    viewNode.appendChild(drawErrors(doc, chars, text));
  }

  // ---- wiring -----------------------------------------------------------

  function refresh() {
    state.limit = PAGE;
    drawFilters();
    drawList();
    drawDoc();
  }

  function docFromHash() {
    var h = location.hash;
    if (h.indexOf('#doc=') !== 0) return -1;
    var id;
    try { id = decodeURIComponent(h.slice(5)); } catch (err) { return -1; }
    for (var i = 0; i < docs.length; i++) if (docs[i].id === id) return i;
    return -1;
  }

  window.addEventListener('hashchange', function () {
    var i = docFromHash();
    if (i >= 0 && i !== state.open) {
      state.open = i;
      drawList();
      drawDoc();
    }
  });

  Array.prototype.forEach.call(document.querySelectorAll('td.hm[data-g]'), function (cell) {
    cell.addEventListener('click', function () {
      var g = labels.indexOf(cell.getAttribute('data-g'));
      var p = labels.indexOf(cell.getAttribute('data-p'));
      state.pair = { g: g, p: p };
      state.labels = state.labels.map(function () { return true; });
      state.kinds = state.kinds.map(function () { return true; });
      state.sort = 'errors';
      refresh();
      // Open the document with the most such pairs.
      if (listed.length && listed[0].i !== state.open) location.hash = openHash(listed[0].i);
      document.getElementById('documents').scrollIntoView({ behavior: 'smooth' });
    });
  });

  state.open = docFromHash();
  if (state.open < 0 && docs.length) state.open = 0;
  refresh();
})();
