// Entities and speakers: who names an entity, what a speaker says, and who quotes whom.
import {get, seg} from '../api.js';
import {el, show, link, route, section, empty, day, pager} from '../dom.js';

function quoteItem(h) {
  const q = h.quote;
  return el('li', {class: 'quote-hit'},
    el('blockquote', {}, '“', q.text, '”'),
    el('p', {class: 'meta'}, q.speaker ? (q.speaker.id ? link(route('speaker', q.speaker.id), q.speaker.name) : q.speaker.name) : 'unknown speaker',
      ' in ', link(route('article', h.article_id), h.title || h.article_id), ' · ', h.outlet || '', ' · ', day(h.published)));
}

function counts(list) {
  return list.length ? el('ul', {class: 'chips'}, list.map(c => el('li', {}, c.value, el('span', {class: 'muted'}, ` ${c.count}`)))) : empty('None.');
}

export async function entityPage(r) {
  const e = await get('entities/' + seg(r.id), {limit: 20});
  show(
    el('h1', {}, r.id),
    section('Named by', counts(e.outlets)),
    section('Stories', e.stories.length ? el('ul', {}, e.stories.map(s => el('li', {}, link(route('story', s.id), s.title || s.id)))) : empty('None.')),
    section('Articles naming it', el('p', {class: 'muted'}, `${e.articles.total} articles`),
      el('ul', {}, e.articles.items.map(h => el('li', {}, link(route('article', h.id), h.title || h.id), el('span', {class: 'muted'}, ` ${h.outlet} · ${day(h.published)}`))))),
    section('Quoted by', counts(e.quoted_by)),
    section('What it says', e.quotes.items.length ? el('ul', {class: 'quotes'}, e.quotes.items.map(quoteItem)) : empty('Never quoted.'),
      e.quotes.total > e.quotes.items.length ? link(route('speaker', r.id), 'all quotes') : null),
  );
}

export async function speakerPage(r) {
  const offset = Number(r.params.get('offset') || 0);
  const page = await get('speakers/' + seg(r.id), {offset, limit: 20});
  show(
    el('h1', {}, r.id),
    el('p', {}, link(route('entity', r.id), 'who names ' + r.id)),
    page.items.length ? el('ul', {class: 'quotes', id: 'speaker-quotes'}, page.items.map(quoteItem)) : empty('No quotes.'),
    pager(page, o => route('speaker', r.id) + '?offset=' + o),
  );
}

export async function quotesPage(r) {
  const q = r.params.get('q') || '';
  const offset = Number(r.params.get('offset') || 0);
  const page = await get('quotes', {q, offset, limit: 20});
  const input = el('input', {type: 'search', name: 'q', value: q, 'aria-label': 'quoted words'});
  show(
    el('h1', {}, 'Quotes'),
    el('form', {class: 'search', on: {submit: ev => {
      ev.preventDefault();
      window.location.hash = '#/quotes?q=' + encodeURIComponent(input.value);
    }}}, input, el('button', {type: 'submit'}, 'Find quotes')),
    page.items.length ? el('ul', {class: 'quotes'}, page.items.map(quoteItem)) : empty('No quotes.'),
    pager(page, o => '#/quotes?q=' + encodeURIComponent(q) + '&offset=' + o),
  );
}

export async function entitiesPage() {
  const page = await get('entities', {limit: 100});
  show(el('h1', {}, 'Entities'),
    page.items.length ? el('ul', {class: 'chips'}, page.items.map(c => el('li', {}, link(route('entity', c.value), c.value),
      el('span', {class: 'muted'}, ` ${c.count}`)))) : empty('No entities yet.'));
}
