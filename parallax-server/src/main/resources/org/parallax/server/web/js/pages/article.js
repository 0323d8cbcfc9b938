// One article: its text by paragraph, its entities and quotes, its stories and similar articles.
import {get, seg} from '../api.js';
import {el, show, link, route, section, empty, day} from '../dom.js';

export async function articlePage(r) {
  const [a, stories, similar] = await Promise.all([
    get('articles/' + seg(r.id)),
    get('articles/' + seg(r.id) + '/stories'),
    get('articles/' + seg(r.id) + '/similar', {limit: 5}),
  ]);
  show(
    el('article', {class: 'article', 'data-article': a.id},
      el('h1', {class: 'title'}, a.title || '(no title)'),
      a.subtitle ? el('p', {class: 'subtitle'}, a.subtitle) : null,
      el('p', {class: 'meta'}, a.publisher || a.domain || '', ' · ', day(a.published),
        a.authors.length ? ' · ' + a.authors.join(', ') : '',
        a.url ? [' · ', el('a', {href: a.url}, 'original')] : null),
      el('div', {class: 'body'}, (a.paragraphs.length ? a.paragraphs : [a.text]).map(p => el('p', {}, p)))),
    section('Stories', stories.items.length
      ? el('ul', {}, stories.items.map(s => el('li', {}, link(route('story', s.id), s.title || s.id))))
      : empty('In no story yet.')),
    section('Quotes', (a.quotes || []).length ? el('ul', {class: 'quotes'}, a.quotes.map(q => el('li', {},
      el('q', {}, q.text), ' — ',
      q.speaker ? (q.speaker.id ? link(route('speaker', q.speaker.id), q.speaker.name) : q.speaker.name) : 'unknown',
      ' ', el('span', {class: 'muted'}, q.kind)))) : empty('No quotes found.')),
    section('Entities', (a.entities || []).length ? el('ul', {class: 'chips'}, a.entities.map(e => el('li', {},
      link(route('entity', e.id), e.name), el('span', {class: 'muted'}, ` ${e.type} ×${e.mentions.length}`)))) : empty('No entities found.')),
    section('Similar articles', similar.length ? el('ul', {}, similar.map(h => el('li', {},
      link(route('article', h.id), h.title || h.id), el('span', {class: 'muted'}, ` ${h.outlet} ${h.score.toFixed(2)}`))))
      : empty('None (the corpus has no embeddings, or nothing is close).')),
  );
}
