// Full-text search with facets: every facet value is a filter to toggle.
import {get} from '../api.js';
import {el, show, link, route, empty, day, pager} from '../dom.js';

const FACETS = ['outlet', 'kind', 'country', 'language', 'entity', 'speaker', 'month'];
const FILTERS = FACETS.concat(['label', 'from', 'to']);

export async function searchPage(r) {
  const p = r.params;
  const params = {q: p.get('q') || '', facets: FACETS.join(','), offset: p.get('offset') || 0, limit: 20,
    sort: p.get('sort') || ''};
  for (const f of FILTERS) {
    const v = p.getAll(f);
    if (v.length) params[f] = v;
  }
  const res = await get('search', params);
  const input = el('input', {type: 'search', name: 'q', value: params.q, id: 'search-q', 'aria-label': 'query'});
  const from = el('input', {type: 'date', name: 'from', value: p.get('from') || '', 'aria-label': 'from date', id: 'search-from'});
  const to = el('input', {type: 'date', name: 'to', value: p.get('to') || '', 'aria-label': 'to date', id: 'search-to'});
  const form = el('form', {class: 'search', role: 'search', on: {submit: ev => {
    ev.preventDefault();
    const next = new URLSearchParams(p);
    next.set('q', input.value);
    for (const [k, box] of [['from', from], ['to', to]]) {
      if (box.value) next.set(k, box.value); else next.delete(k);
    }
    next.delete('offset');
    window.location.hash = '#/search?' + next.toString();
  }}}, input, from, to, el('button', {type: 'submit'}, 'Search'));
  show(
    el('h1', {}, 'Search'),
    form,
    el('div', {class: 'search-layout'},
      el('aside', {class: 'facets'}, FACETS.map(f => facetBox(f, res.facets[f.toUpperCase()] || [], p))),
      el('div', {class: 'results'},
        el('p', {class: 'muted', id: 'result-count'}, `${res.hits.total} matching articles`),
        res.hits.items.length ? el('ol', {class: 'hits', start: res.hits.offset + 1}, res.hits.items.map(hit)) : empty('Nothing matches.'),
        pager(res.hits, o => { const n = new URLSearchParams(p); n.set('offset', o); return '#/search?' + n; }))),
  );
}

function hit(h) {
  return el('li', {class: 'hit', 'data-article': h.id},
    el('h3', {}, link(route('article', h.id), h.title || h.id)),
    el('p', {class: 'meta'}, h.outlet || '', ' · ', day(h.published)),
    h.snippet ? el('p', {class: 'snippet'}, h.snippet) : null);
}

function facetBox(facet, counts, params) {
  if (!counts.length) return null;
  const active = new Set(params.getAll(facet));
  return el('div', {class: 'facet', 'data-facet': facet}, el('h3', {}, facet),
    el('ul', {}, counts.slice(0, 12).map(c => {
      const next = new URLSearchParams(params);
      next.delete(facet);
      for (const v of active) if (v !== c.value) next.append(facet, v);
      if (!active.has(c.value)) next.append(facet, c.value);
      next.delete('offset');
      return el('li', {class: active.has(c.value) ? 'on' : ''},
        link('#/search?' + next.toString(), c.value), el('span', {class: 'muted'}, ` ${c.count}`));
    })));
}
