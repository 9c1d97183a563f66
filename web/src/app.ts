// What every page gets: who is signed in, the route's parameters, a place
// to draw, and helpers for headings, loading and errors.
import { ApiError, type Me, type Role } from './api';
import { h, notice, uid, type Child } from './dom';

export interface PageContext {
  me: Me;
  main: HTMLElement;
  /** Path segments after the page's name: #/sellers/s-1 gives ['s-1']. */
  params: string[];
  query: URLSearchParams;
  /** Aborted when the user leaves the page. */
  signal: AbortSignal;
  /** Runs when the user leaves the page (remove listeners, timers). */
  onLeave(fn: () => void): void;
  /** Changes the query part of the current route without a reload of the page. */
  setQuery(q: Record<string, string>, replace?: boolean): void;
}

export interface PageDef {
  path: string;
  title: string;
  /** The navigation's name for the page, when it depends on the role. */
  navTitle?: (role: Role) => string;
  roles: Role[];
  nav: boolean;
  render(ctx: PageContext): Promise<void> | void;
}

export function can(me: Me, ...roles: Role[]): boolean {
  return roles.includes(me.role);
}

export function platformName(me: Me, id: string): string {
  if (!id) return 'every platform';
  return me.platforms.find((p) => p.id === id)?.name ?? id;
}

/** The page's heading (focused on arrival), with an optional line under it. */
export function pageHeader(title: string, sub?: Child, ...actions: Child[]): HTMLElement {
  return h(
    'header',
    { class: 'page-head' },
    h('div', null, h('h1', { tabindex: -1 }, title), sub ? h('p', { class: 'sub' }, sub) : null),
    actions.length ? h('div', { class: 'page-actions' }, ...actions) : null,
  );
}

export function loading(what = 'Loading…'): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, what);
}

export function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    return e.message + (e.field ? ` (field: ${e.field})` : '') + (e.status ? ` [${e.status} ${e.code}]` : '');
  }
  if (e instanceof Error) return e.message;
  return String(e);
}

export function errorBox(e: unknown, what?: string): HTMLElement {
  return notice('error', what ? h('strong', null, what + ': ') : null, errorText(e));
}

export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** A section with a heading. */
export function section(title: string, ...children: Child[]): HTMLElement {
  const id = uid('sec');
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}
