// Builds DOM nodes from data. Text always goes in through text nodes (never innerHTML), and links
// only ever point inside the app or to http(s) pages, so article content stays inert.

const SAFE_ATTRS = new Set(['class', 'id', 'type', 'name', 'value', 'placeholder', 'title',
  'for', 'rows', 'cols', 'role', 'colspan', 'aria-label', 'autocomplete', 'start', 'checked', 'selected']);

/** Whether a URL may be used as a link: in-app routes and http(s) pages only. */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  if (url.startsWith('#/')) return url;
  try {
    const u = new URL(url, window.location.origin);
    return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
  } catch (e) {
    return null;
  }
}

/** An element: el('a', {href: '#/x', class: 'c'}, 'text', child, ...). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'href') {
      const h = safeHref(String(v));
      if (h) node.setAttribute('href', h);
      if (h && !h.startsWith('#/')) node.setAttribute('rel', 'noopener noreferrer nofollow');
    } else if (k.startsWith('data-') || SAFE_ATTRS.has(k)) {
      node.setAttribute(k, v === true ? '' : String(v));
    } else if (k === 'on') {
      for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else if (c instanceof Node) node.appendChild(c);
    else node.appendChild(document.createTextNode(String(c)));
  }
}

/** Replaces the content of the main area. */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren();
  append(main, children);
  return main;
}

/** An in-app link. */
export function link(route, text, cls) {
  return el('a', {href: route, class: cls}, text);
}

/** A route with an encoded id part. */
export function route(kind, id) {
  return '#/' + kind + '/' + encodeURIComponent(id);
}

/** A small label. */
export function badge(text, cls) {
  return el('span', {class: 'badge ' + (cls || '')}, text);
}

/** A section with a heading. */
export function section(title, ...children) {
  return el('section', {class: 'panel'}, el('h2', {}, title), ...children);
}

/** A message for an empty list. */
export function empty(text) {
  return el('p', {class: 'muted'}, text);
}

/** A date as YYYY-MM-DD (or the raw value). */
export function day(s) {
  return typeof s === 'string' && s.length >= 10 ? s.slice(0, 10) : (s || 'undated');
}

/** Previous/next links for a page {items, total, offset, limit}. */
export function pager(page, makeRoute) {
  const nav = el('nav', {class: 'pager'});
  if (page.offset > 0) nav.append(link(makeRoute(Math.max(0, page.offset - page.limit)), '← previous'));
  nav.append(el('span', {class: 'muted'},
    `${page.total === 0 ? 0 : page.offset + 1}–${page.offset + page.items.length} of ${page.total}`));
  if (page.offset + page.items.length < page.total) nav.append(link(makeRoute(page.offset + page.limit), 'next →'));
  return nav;
}
