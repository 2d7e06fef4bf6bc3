// pyrun's site, small DOM helpers shared by app.js and charts.js. Text is always set as text: el() never parses
// markup, and attribute values are set with setAttribute (an href only after checking its scheme).
(function () {
  'use strict';
  const SVG = 'http://www.w3.org/2000/svg';
  const COLORS = 8;

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === '' && k === 'class') continue;
      if (k === 'href' && !safeHref(v)) continue;
      node.setAttribute(k, v);
    }
    for (const c of children || []) {
      if (c === '' || c === null || c === undefined) continue;
      node.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return node;
  }

  /** Links the site makes: its own pages (relative) or a repository's pages over http(s). */
  function safeHref(href) {
    if (/^(series\/|\.\.\/|index\.html|#)/.test(href)) return true;
    try {
      const url = new URL(href);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }

  function table(headers, rows, caption, cls) {
    const head = el(
      'tr',
      {},
      headers.map((h) => el('th', { scope: 'col' }, [h])),
    );
    return el('table', { class: cls }, [
      el('caption', { class: cls === 'kv' ? '' : 'sr-only' }, [caption]),
      el('thead', {}, [head]),
      el('tbody', {}, rows),
    ]);
  }

  const STATUS_WORD = {
    passed: 'passed',
    failed: 'failed',
    timeout: 'timed out',
    gate_failed: 'gate failed',
    regressed: 'regressed',
  };

  function badge(status) {
    const word = STATUS_WORD[status] || String(status);
    return el('span', { class: `badge s-${/^[a-z_]+$/.test(status) ? status : 'other'}` }, [word]);
  }

  function pad(n) {
    return String(n).padStart(2, '0');
  }

  /** A start time as `2026-12-04 15:30` in the reader's time zone. */
  function fmtTime(ms) {
    if (!Number.isFinite(ms)) return '?';
    const d = new Date(ms);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }

  function fmtNumber(v) {
    if (v === null || v === undefined || !Number.isFinite(v)) return '–';
    const a = Math.abs(v);
    if (a >= 1e6) return v.toExponential(3);
    if (a >= 100) return v.toFixed(0);
    if (a >= 10) return v.toFixed(1);
    if (a >= 1) return v.toFixed(2);
    return v.toPrecision(3);
  }

  function fmtValue(v, unit) {
    const text = fmtNumber(v);
    return unit && text !== '–' ? `${text} ${unit}` : text;
  }

  // The reports' formatting (src/engine/metric-format.ts, report/format.ts), for the raw values a run ships.

  /** At most 3 significant decimals, trailing zeros dropped: 512, 612.4, 1.25, 0.042; `n/a` when not a number. */
  function plainNumber(v) {
    if (v === null || v === undefined || !Number.isFinite(v)) return 'n/a';
    if (Number.isInteger(v)) return String(v);
    const magnitude = Math.abs(v);
    const decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
    const text = v.toFixed(decimals).replace(/\.?0+$/, '');
    return text === '-0' ? '0' : text;
  }

  /** A metric's value in its unit: `612.4 MB`, `12.5 s`, `87.5%`, `4`, `n/a`. */
  function metricValue(v, unit) {
    const text = plainNumber(v);
    if (text === 'n/a' || unit === '') return text;
    return unit === '%' ? `${text}%` : `${text} ${unit}`;
  }

  /** A change already rounded to 0.1 (as the site ships it): `+3.1%`, `-0.5%`, `0%`, `n/a`. */
  function changePct(v) {
    if (v === null || v === undefined || !Number.isFinite(v)) return 'n/a';
    const text = plainNumber(v);
    if (text === '0') return '0%';
    return v > 0 ? `+${text}%` : `${text}%`;
  }

  /** A gate's detail: `actual 612.4 MB, limit 512 MB`. */
  function gateWords(status, actual, limit, unit) {
    const shown =
      (actual === null || actual === undefined) && status === 'failed'
        ? 'n/a (no value on this run)'
        : metricValue(actual, unit);
    return `actual ${shown}, limit ${metricValue(limit, unit)}`;
  }

  function shortSha(sha) {
    return sha ? String(sha).slice(0, 10) : '';
  }

  /** A run's commit: a link to its page when the site knows the repository and the sha looks like one. */
  function commitNode(r, repoUrl) {
    const label = r.sha ? shortSha(r.sha) : 'no commit';
    return repoUrl && r.sha && /^[0-9a-f]{7,64}$/i.test(r.sha)
      ? el('a', { href: `${repoUrl}/commit/${r.sha}`, class: 'sha' }, [label])
      : el('span', { class: 'sha' }, [label]);
  }

  /** A sparkline of the newest values; hidden from screen readers, which get the first and last value instead. */
  function sparkline(values, metric) {
    const w = 140;
    const h = 30;
    const nums = values.filter((v) => Number.isFinite(v));
    const wrap = el('span', { class: 'spark' }, []);
    if (nums.length === 0) {
      wrap.append('no data');
      return wrap;
    }
    const lo = Math.min(...nums);
    const hi = Math.max(...nums);
    const pts = [];
    values.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      const x = values.length > 1 ? (i / (values.length - 1)) * (w - 4) + 2 : w / 2;
      const y = hi > lo ? h - 3 - ((v - lo) / (hi - lo)) * (h - 6) : h / 2;
      pts.push(`${x.toFixed(1)},${y.toFixed(1)}`);
    });
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    svg.setAttribute('width', String(w));
    svg.setAttribute('height', String(h));
    svg.setAttribute('aria-hidden', 'true');
    const line = document.createElementNS(SVG, 'polyline');
    line.setAttribute('points', pts.join(' '));
    svg.append(line);
    const last = pts[pts.length - 1].split(',');
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('cx', last[0]);
    dot.setAttribute('cy', last[1]);
    dot.setAttribute('r', '2.5');
    svg.append(dot);
    const text = `${metric}, last ${nums.length} runs: ${fmtNumber(nums[0])} to ${fmtNumber(nums[nums.length - 1])}`;
    wrap.append(svg, el('span', { class: 'sr-only' }, [text]));
    return wrap;
  }

  window.PyrunSite = {
    el,
    table,
    badge,
    fmtTime,
    fmtValue,
    fmtNumber,
    metricValue,
    changePct,
    gateWords,
    shortSha,
    commitNode,
    sparkline,
    COLORS,
  };
})();
