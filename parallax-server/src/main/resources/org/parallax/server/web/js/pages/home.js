// The index: stories with their coverage (independent voices, counts by registry attribute) and
// blindspots.
import {get} from '../api.js';
import {el, show, link, route, badge, section, empty, day, pager} from '../dom.js';

export async function homePage(r) {
  const offset = Number(r.params.get('offset') || 0);
  const [info, page, latest] = await Promise.all([
    get('info'), get('stories', {offset, limit: 20}), get('articles', {limit: 10})]);
  const list = el('ol', {class: 'stories', start: offset + 1});
  for (const s of page.items) list.append(storyItem(s));
  show(
    el('h1', {}, 'Stories'),
    el('p', {class: 'muted'}, `${info.articles} articles in the corpus, ${page.total} stories.`),
    page.items.length ? list : empty('No stories yet: ingest and analyze some articles first.'),
    pager(page, o => '#/?offset=' + o),
    section('Latest articles', latest.items.length
      ? el('ul', {class: 'latest'}, latest.items.map(h => el('li', {},
        link(route('article', h.id), h.title || h.id), el('span', {class: 'muted'}, ` ${h.outlet || ''} · ${day(h.published)}`))))
      : empty('The corpus is empty.')),
  );
}

function storyItem(summary) {
  const s = summary.story;
  const cov = summary.coverage;
  const item = el('li', {class: 'story', 'data-story': s.id},
    el('h3', {}, link(route('story', s.id), s.title || s.id, 'story-link')),
    el('p', {class: 'meta'},
      `${s.articles.length} article${s.articles.length === 1 ? '' : 's'} · ${day(s.first_seen)} – ${day(s.last_seen)}`,
      s.pinned ? badge('pinned', 'pinned') : null));
  if (cov) {
    item.append(el('p', {class: 'voices'}, `${cov.voices.length} independent voice${cov.voices.length === 1 ? '' : 's'}: `,
      cov.voices.map((v, i) => [i ? ', ' : '', v.outlet,
        v.carriers.length > 1 ? ` (+${v.carriers.length - 1} reprints)` : ''])));
    const table = coverageTable(cov.by_attribute);
    if (table) item.append(table);
    for (const b of cov.blindspots || []) {
      item.append(el('p', {class: 'blindspot'}, badge('blindspot', 'warn'),
        ` only ${b.attribute} = ${b.group}`, b.missing.length ? `; no ${b.missing.join(', ')}` : ''));
    }
  } else {
    item.append(el('p', {class: 'muted'}, 'Not compared yet.'));
  }
  return item;
}

/** A compact table of voices per registry attribute value. */
export function coverageTable(byAttribute) {
  const rows = Object.entries(byAttribute || {});
  if (!rows.length) return null;
  return el('table', {class: 'coverage'}, el('tbody', {}, rows.map(([attr, counts]) =>
    el('tr', {}, el('th', {}, attr), el('td', {},
      Object.entries(counts).map(([v, n], i) => [i ? ' · ' : '', `${v} ${n}`]))))));
}

export {section};
