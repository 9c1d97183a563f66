// The Saring console: sign in with an API key, then a hash-routed page per
// task (#/overview, #/review, ...). What the navigation offers follows the
// key's role; a page the role cannot use says so instead of failing.
import { api, ApiError, getKey, setKey, setUnauthorizedHandler, type Me, type Role } from './api';
import { can, errorText, isAbort, type PageContext, type PageDef } from './app';
import { announce, h, notice, replace } from './dom';
import { appealsPage } from './pages/appeals';
import { auditPage } from './pages/audit';
import { metricsPage } from './pages/metrics';
import { noticesPage } from './pages/notices';
import { overviewPage } from './pages/overview';
import { reportPage } from './pages/report';
import { reviewPage } from './pages/review';
import { networkPage, sellersPage } from './pages/sellers';
import { statementPage } from './pages/statement';
import { sweepPage } from './pages/sweep';

const PAGES: PageDef[] = [
  overviewPage,
  reviewPage,
  noticesPage,
  sellersPage,
  networkPage,
  appealsPage,
  statementPage,
  sweepPage,
  auditPage,
  reportPage,
  metricsPage,
];

const ROLE_NAMES: Record<Role, string> = {
  platform: 'Platform',
  reviewer: 'Reviewer',
  regulator: 'Regulator',
  reporter: 'Reporter',
  operator: 'Operator',
};

let me: Me | null = null;
let leaveFns: Array<() => void> = [];
let controller: AbortController | null = null;
const root = () => document.getElementById('app') as HTMLElement;

function homeFor(m: Me): string {
  const first = PAGES.find((p) => p.nav && p.roles.includes(m.role));
  return '#/' + (first?.path ?? 'overview');
}

function parseHash(): { path: string; params: string[]; query: URLSearchParams } {
  const raw = location.hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const segments = pathPart.split('/').filter(Boolean).map((x) => decodeURIComponent(x));
  return { path: segments[0] ?? '', params: segments.slice(1), query: new URLSearchParams(queryPart) };
}

// ---- Sign in ----

function signInView(message?: string): void {
  document.title = 'Sign in · Saring console';
  const input = h('input', {
    id: 'api-key',
    name: 'api-key',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
    'aria-describedby': 'api-key-hint',
  });
  const status = h('div', { id: 'signin-status' });
  if (message) status.appendChild(notice('error', message));
  const button = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const form = h(
    'form',
    { class: 'signin-form', 'aria-labelledby': 'signin-title' },
    h('label', { for: 'api-key' }, 'API key'),
    input,
    h('p', { id: 'api-key-hint', class: 'hint' }, 'Your key starts with srg_. It is kept in this tab only and forgotten when you close it.'),
    button,
    status,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const key = input.value.trim();
    if (!key) return;
    button.disabled = true;
    replace(status, h('p', { role: 'status' }, 'Checking the key…'));
    try {
      const who = await api<Me>('/v1/me', { key, quiet401: true });
      setKey(key);
      me = who;
      announce('Signed in as ' + ROLE_NAMES[who.role]);
      const target = parseHash().path ? location.hash : homeFor(who);
      shell();
      if (location.hash !== target) location.hash = target;
      else route();
    } catch (e) {
      const text =
        e instanceof ApiError && e.status === 401
          ? 'This key was not accepted: ' + e.message
          : 'Could not sign in: ' + errorText(e);
      replace(status, notice('error', text));
      button.disabled = false;
      input.focus();
      input.select();
    }
  });
  replace(
    root(),
    h(
      'main',
      { id: 'main', class: 'signin', tabindex: -1 },
      h(
        'div',
        { class: 'signin-card' },
        h('p', { class: 'brand-lg', 'aria-hidden': 'true' }, 'Saring'),
        h('h1', { id: 'signin-title' }, 'Sign in to the Saring console'),
        h('p', { class: 'sub' }, 'Takedowns of imported used clothing listings — for marketplaces and the regulator.'),
        form,
      ),
    ),
  );
  input.focus();
}

function signOut(message?: string): void {
  setKey('');
  me = null;
  leave();
  signInView(message);
}

// ---- The shell: header, navigation, main ----

function navLinks(m: Me): HTMLElement[] {
  return PAGES.filter((p) => p.nav && p.roles.includes(m.role)).map((p) =>
    h('li', null, h('a', { href: '#/' + p.path, 'data-page': p.path }, p.navTitle ? p.navTitle(m.role) : p.title)),
  );
}

function shell(): void {
  if (!me) return;
  const m = me;
  const menuButton = h(
    'button',
    { type: 'button', class: 'menu-button', 'aria-expanded': 'false', 'aria-controls': 'site-nav' },
    'Menu',
  );
  const nav = h('nav', { id: 'site-nav', 'aria-label': 'Main' }, h('ul', null, navLinks(m)));
  menuButton.addEventListener('click', () => {
    const open = menuButton.getAttribute('aria-expanded') !== 'true';
    menuButton.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
  nav.addEventListener('click', (ev) => {
    if (ev.target instanceof HTMLAnchorElement) {
      menuButton.setAttribute('aria-expanded', 'false');
      nav.classList.remove('open');
    }
  });
  const signOutButton = h('button', { type: 'button', class: 'link-button' }, 'Sign out');
  signOutButton.addEventListener('click', () => {
    signOut();
    announce('Signed out');
  });
  replace(
    root(),
    h(
      'header',
      { class: 'top' },
      h(
        'div',
        { class: 'top-row' },
        h('a', { class: 'brand', href: homeFor(m) }, 'Saring'),
        h(
          'p',
          { class: 'who', 'data-role': m.role },
          h('span', { class: 'badge badge-role' }, ROLE_NAMES[m.role]),
          ' ',
          h('span', { class: 'who-platform' }, m.platform.name || m.platform.id),
        ),
        menuButton,
        signOutButton,
      ),
      nav,
    ),
    h('main', { id: 'main', tabindex: -1 }),
    h(
      'footer',
      { class: 'foot' },
      h('span', null, 'Saring · key ' + m.key_id),
      ' · ',
      h('a', { href: '/openapi.json' }, 'API reference (OpenAPI)'),
    ),
  );
}

function leave(): void {
  controller?.abort();
  controller = null;
  for (const fn of leaveFns) {
    try {
      fn();
    } catch {
      // a page's cleanup must not stop the next page
    }
  }
  leaveFns = [];
}

async function route(): Promise<void> {
  if (!me) return;
  const { path, params, query } = parseHash();
  if (!path) {
    location.replace(homeFor(me));
    return;
  }
  const main = document.getElementById('main');
  if (!main) return;
  leave();
  controller = new AbortController();
  const signal = controller.signal;
  document.querySelectorAll<HTMLAnchorElement>('#site-nav a').forEach((a) => {
    const current = a.dataset['page'] === path || (path === 'networks' && a.dataset['page'] === 'sellers');
    if (current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const page = PAGES.find((p) => p.path === path);
  if (!page) {
    document.title = 'Not found · Saring console';
    replace(main, h('h1', { tabindex: -1 }, 'Page not found'), h('p', null, h('a', { href: homeFor(me) }, 'Go to the start page')));
    focusHeading(main);
    return;
  }
  if (!can(me, ...page.roles)) {
    document.title = page.title + ' · Saring console';
    replace(
      main,
      h('h1', { tabindex: -1 }, page.title),
      notice('warn', `A ${ROLE_NAMES[me.role].toLowerCase()} key cannot use this page. It is for: ${page.roles.map((r) => ROLE_NAMES[r].toLowerCase()).join(', ')}.`),
    );
    focusHeading(main);
    return;
  }
  document.title = page.title + ' · Saring console';
  replace(main);
  const ctx: PageContext = {
    me,
    main,
    params,
    query,
    signal,
    onLeave: (fn) => leaveFns.push(fn),
    setQuery: (q, replaceEntry = true) => {
      const qs = new URLSearchParams(q).toString();
      const hash = '#/' + [path, ...params.map(encodeURIComponent)].join('/') + (qs ? '?' + qs : '');
      if (replaceEntry) history.replaceState(null, '', hash);
      else history.pushState(null, '', hash);
    },
  };
  try {
    await page.render(ctx);
  } catch (e) {
    if (isAbort(e) || signal.aborted) return;
    main.appendChild(notice('error', errorText(e)));
  }
  if (!signal.aborted) focusHeading(main);
}

let lastFocusedPath = '';
function focusHeading(main: HTMLElement): void {
  // Only on arrival at a page, not when a page re-renders itself.
  const key = location.hash.split('?')[0] ?? '';
  if (key === lastFocusedPath && document.activeElement && main.contains(document.activeElement)) return;
  lastFocusedPath = key;
  const h1 = main.querySelector('h1');
  if (h1 instanceof HTMLElement) h1.focus({ preventScroll: false });
}

async function boot(): Promise<void> {
  setUnauthorizedHandler((message) => signOut('Your key is no longer accepted: ' + message));
  document.addEventListener('click', (ev) => {
    const a = ev.target instanceof Element ? ev.target.closest('a.skip-link') : null;
    if (a) {
      ev.preventDefault();
      document.getElementById('main')?.focus();
    }
  });
  window.addEventListener('hashchange', () => void route());
  const key = getKey();
  if (!key) {
    signInView();
    return;
  }
  try {
    me = await api<Me>('/v1/me', { quiet401: true });
  } catch (e) {
    signOut(e instanceof ApiError && e.status === 401 ? undefined : errorText(e));
    return;
  }
  shell();
  await route();
}

void boot();
