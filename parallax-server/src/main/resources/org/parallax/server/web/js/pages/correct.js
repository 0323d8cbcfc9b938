// The grouping correction form: merge, split, move or pin, sent with the bearer token. The token
// stays in this tab's session storage only.
import {post} from '../api.js';
import {el, show, link, route} from '../dom.js';

const TOKEN_KEY = 'parallax.token';

export async function correctPage(r) {
  const token = el('input', {type: 'password', id: 'token', name: 'token', autocomplete: 'off',
    value: sessionStorage.getItem(TOKEN_KEY) || '', 'aria-label': 'token'});
  const action = el('select', {id: 'action', name: 'action'},
    ['merge', 'split', 'move', 'pin', 'separate'].map(a => el('option', {value: a}, a)));
  const articles = el('textarea', {id: 'articles', name: 'articles', rows: 3,
    placeholder: 'article ids, separated by commas or spaces'});
  articles.value = (r.params.get('articles') || '').split(',').join('\n');
  const target = el('input', {id: 'target', name: 'target', placeholder: 'for move: an article of the receiving story'});
  const note = el('input', {id: 'note', name: 'note', placeholder: 'why (optional)'});
  const result = el('div', {id: 'result', role: 'status'});
  const form = el('form', {class: 'correct', id: 'correct-form', on: {submit: async ev => {
    ev.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, token.value);
    const body = {action: action.value, articles: articles.value.split(/[\s,]+/).filter(Boolean),
      target: target.value || null, note: note.value || null};
    result.replaceChildren(el('p', {class: 'muted'}, 'Sending…'));
    try {
      const res = await post('overrides', body, token.value);
      result.replaceChildren(el('p', {class: 'ok'}, `Applied ${res.override.action}: `,
        `${res.stories.length} stor${res.stories.length === 1 ? 'y' : 'ies'} changed, ${res.removed.length} removed.`),
        el('ul', {}, res.stories.map(s => el('li', {}, link(route('story', s.id), s.title || s.id), ` (${s.articles.length} articles)`))));
    } catch (e) {
      result.replaceChildren(el('p', {class: 'error', role: 'alert'}, `Refused (${e.status || 'error'}): ${e.message}`));
    }
  }}},
    el('label', {for: 'token'}, 'Token (printed by parallax serve, kept in server.token)'), token,
    el('label', {for: 'action'}, 'Action'), action,
    el('label', {for: 'articles'}, 'Articles'), articles,
    el('label', {for: 'target'}, 'Target'), target,
    el('label', {for: 'note'}, 'Note'), note,
    el('button', {type: 'submit', id: 'apply'}, 'Apply'));
  show(el('h1', {}, 'Correct the grouping'),
    el('p', {class: 'muted'}, 'Merge the stories of these articles, split them out, move them to the story of the target, or pin their story. Corrections are kept and survive later runs.'),
    form, result);
}
