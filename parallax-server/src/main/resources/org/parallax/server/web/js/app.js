// The web app's router: #/kind/id?query → a page module. Pages build their DOM with dom.js only.
import {el, show} from './dom.js';
import {homePage} from './pages/home.js';
import {storyPage} from './pages/story.js';
import {articlePage} from './pages/article.js';
import {searchPage} from './pages/search.js';
import {entityPage, entitiesPage, speakerPage, quotesPage} from './pages/people.js';
import {correctPage} from './pages/correct.js';

const PAGES = {
  '': homePage,
  story: storyPage,
  article: articlePage,
  search: searchPage,
  entity: entityPage,
  entities: entitiesPage,
  speaker: speakerPage,
  quotes: quotesPage,
  correct: correctPage,
};

/** The current route: {kind, id, params}. */
export function currentRoute() {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?', 2);
  const parts = path.split('/');
  let id = null;
  try {
    id = parts.length > 1 ? decodeURIComponent(parts.slice(1).join('/')) : null;
  } catch (e) {
    id = null;
  }
  return {kind: parts[0] || '', id, params: new URLSearchParams(query || '')};
}

async function renderOnce() {
  const r = currentRoute();
  const page = PAGES[r.kind];
  document.body.dataset.page = r.kind || 'home';
  delete document.body.dataset.ready;
  if (!page) {
    show(el('p', {class: 'error'}, 'There is no such page.'));
    return;
  }
  try {
    await page(r);
  } catch (e) {
    show(el('p', {class: 'error', role: 'alert'},
      e && e.status === 404 ? 'Not found: ' + e.message : 'Something went wrong: ' + (e && e.message)));
  }
  if (!again) document.body.dataset.ready = r.kind || 'home';
}

// One render at a time; a route change during a render renders again afterwards, so the page
// always ends up showing the latest route.
let rendering = false;
let again = false;

async function render() {
  if (rendering) {
    again = true;
    return;
  }
  rendering = true;
  try {
    do {
      again = false;
      await renderOnce();
    } while (again);
  } finally {
    rendering = false;
  }
}

function init() {
  document.getElementById('quick-search').addEventListener('submit', ev => {
    ev.preventDefault();
    const q = document.getElementById('quick-q').value;
    window.location.hash = '#/search?q=' + encodeURIComponent(q);
  });
  window.addEventListener('hashchange', render);
  render();
}

// Module scripts run after parsing, so the document is usually ready already.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
