// One story side by side: the outlets' articles in columns, the claims map, the quote ledger,
// each outlet's distinctive vocabulary, the timeline, who names whom, and why each article is in.
import {get, seg, ApiError} from '../api.js';
import {el, show, link, route, badge, section, empty, day} from '../dom.js';
import {coverageTable} from './home.js';

export async function storyPage(r) {
  const story = await get('stories/' + seg(r.id));
  let cmp = null;
  try {
    cmp = await get('stories/' + seg(r.id) + '/comparison');
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404) throw e;
  }
  const correct = '#/correct?articles=' + encodeURIComponent(story.articles.join(','));
  show(
    el('h1', {}, story.title || story.id),
    el('p', {class: 'meta'}, `${story.articles.length} articles · ${day(story.first_seen)} – ${day(story.last_seen)} · `,
      link(correct, 'correct this grouping')),
    cmp ? compared(cmp) : [section('Articles', articleList(story.articles)),
      empty('This story has no comparison yet: run the analysis to compare its outlets.')],
    section('Why these articles', evidenceTable(story.evidence)),
  );
}

function articleList(ids) {
  return el('ul', {}, ids.map(id => el('li', {}, link(route('article', id), id))));
}

function compared(cmp) {
  return [
    section('Side by side', sideBySide(cmp)),
    section('Coverage', el('p', {}, `${cmp.coverage.voices.length} independent voices over ${cmp.coverage.articles} articles.`),
      coverageTable(cmp.coverage.by_attribute),
      (cmp.coverage.blindspots || []).map(b => el('p', {class: 'blindspot'}, badge('blindspot', 'warn'),
        ` only ${b.attribute} = ${b.group}`, b.missing.length ? `; no ${b.missing.join(', ')}` : ''))),
    section('Claims map', claimsMap(cmp.claims)),
    section('Quote ledger', quoteLedger(cmp.quotes)),
    section('Vocabulary', vocabulary(cmp.vocabulary)),
    section('Timeline', timeline(cmp.coverage.timeline)),
    section('Who names whom', entityTable(cmp.entities)),
  ];
}

function sideBySide(cmp) {
  const byOutlet = new Map();
  for (const a of cmp.articles) {
    if (!byOutlet.has(a.outlet)) byOutlet.set(a.outlet, []);
    byOutlet.get(a.outlet).push(a);
  }
  const unique = new Map(cmp.claims.filter(c => c.status === 'unique').map(c => [c.id, c]));
  return el('div', {class: 'columns'}, [...byOutlet.entries()].map(([outlet, arts]) =>
    el('div', {class: 'column', 'data-outlet': outlet},
      el('h3', {}, outlet),
      arts.map(a => el('div', {class: 'card'},
        el('p', {}, link(route('article', a.id), a.title || a.id)),
        el('p', {class: 'meta'}, day(a.published)))),
      el('p', {class: 'muted'}, 'Only here: '),
      el('ul', {}, [...unique.values()].filter(c => c.outlets.includes(outlet))
        .map(c => el('li', {}, c.text))))));
}

function claimsMap(claims) {
  if (!claims.length) return empty('No claims were aligned.');
  return el('table', {class: 'claims', id: 'claims-map'},
    el('thead', {}, el('tr', {}, el('th', {}, 'status'), el('th', {}, 'claim'), el('th', {}, 'outlets'), el('th', {}, 'evidence'))),
    el('tbody', {}, claims.map(c => el('tr', {class: 'claim ' + c.status, 'data-claim': c.id},
      el('td', {}, badge(c.status, c.status)),
      el('td', {}, c.text, (c.conflicts || []).length ? el('p', {class: 'warn'}, 'conflict: ' + c.conflicts.join('; ')) : null),
      el('td', {}, c.outlets.join(', '), el('div', {class: 'muted'}, `${c.voices} voice${c.voices === 1 ? '' : 's'}`)),
      el('td', {}, c.evidence.map(e => el('blockquote', {},
        e.text, ' ', link(route('article', e.article), '↗'))))))));
}

function quoteLedger(ledger) {
  if (!ledger.speakers.length) return empty('Nobody is quoted.');
  return el('div', {id: 'quote-ledger'}, ledger.speakers.map(s => el('div', {class: 'speaker'},
    el('h3', {}, s.speaker ? link(route('speaker', s.speaker), s.name) : el('span', {}, s.name),
      s.speaker ? null : badge('anonymous')),
    el('p', {class: 'meta'}, 'quoted by ', s.quoted_by.join(', ') || 'nobody',
      s.indirect_only.length ? ' · named without a quote by ' + s.indirect_only.join(', ') : ''),
    s.quotes.map(q => el('div', {class: 'quote', 'data-quote': q.id},
      el('blockquote', {}, '“', q.text, '”'),
      el('ul', {class: 'versions'}, q.versions.map(v => el('li', {},
        v.outlet, ': ', diffText(v), v.cut_short ? badge('cut short', 'warn') : null, ' ',
        link(route('article', v.article), '↗')))))))));
}

function diffText(v) {
  if (!v.diff || !v.diff.length) return el('q', {}, v.text);
  return el('q', {}, v.diff.map(d => el(d.op === 'same' ? 'span' : d.op === 'added' ? 'ins' : 'del', {}, d.text, ' ')));
}

function vocabulary(vocab) {
  const rows = Object.entries(vocab || {});
  if (!rows.length) return empty('No distinctive words.');
  return el('dl', {class: 'vocab'}, rows.map(([outlet, terms]) => [el('dt', {}, outlet),
    el('dd', {}, terms.map((t, i) => [i ? ', ' : '', el('span', {title: `z ${t.z.toFixed(1)}, ${t.count}×`}, t.term)]))]));
}

function timeline(entries) {
  return el('ol', {class: 'timeline'}, (entries || []).map(t => el('li', {},
    el('time', {}, day(t.published)), ' ', t.outlet, ' ', link(route('article', t.article), '↗'))));
}

function entityTable(entities) {
  if (!entities || !entities.length) return empty('No entities.');
  return el('table', {class: 'entities'}, el('tbody', {}, entities.map(e => el('tr', {},
    el('th', {}, link(route('entity', e.id), e.name)), el('td', {}, e.type),
    el('td', {}, e.uses.map((u, i) => [i ? ' · ' : '', `${u.outlet} ${u.mentions}×`, u.in_title ? ' (title)' : '']))))));
}

function evidenceTable(evidence) {
  if (!evidence || !evidence.length) return empty('No grouping evidence.');
  return el('table', {class: 'evidence'},
    el('thead', {}, el('tr', {}, ['article', 'decision', 'score', 'embedding', 'words', 'entities', 'shared', 'note'].map(h => el('th', {}, h)))),
    el('tbody', {}, evidence.map(a => el('tr', {},
      el('td', {}, link(route('article', a.article), a.article)), el('td', {}, a.decision),
      el('td', {}, a.score.toFixed(2)), el('td', {}, a.embedding.toFixed(2)), el('td', {}, a.words.toFixed(2)),
      el('td', {}, a.entities.toFixed(2)), el('td', {}, (a.shared_entities || []).join(', ')), el('td', {}, a.note || '')))));
}
