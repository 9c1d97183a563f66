// DOM building without innerHTML: every string becomes a text node, so text
// from the API (listing text is written by sellers) can never become markup.
// The console runs under a CSP without 'unsafe-inline': no style attributes
// here either (CSSOM properties set from code are fine).

export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (ev: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
    return;
  }
  parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
}

function setAttrs(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'style') throw new Error('inline styles are refused by the CSP; use a class');
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2).toLowerCase(), v as Handler);
    } else if (typeof v === 'function') {
      throw new Error('attribute ' + k + ' is a function');
    } else if (k === 'value' && 'value' in el) {
      (el as HTMLInputElement).value = String(v);
    } else if (k === 'checked' && el instanceof HTMLInputElement) {
      el.checked = Boolean(v);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

/** An HTML element: h('p', {class: 'x'}, 'text', child). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function replace(el: Element, ...children: Child[]): void {
  clear(el);
  append(el, children);
}

let liveRegion: HTMLElement | null = null;

/** Says `text` to screen readers (a polite live region). */
export function announce(text: string): void {
  if (!liveRegion) {
    liveRegion = h('div', { class: 'visually-hidden', 'aria-live': 'polite', role: 'status' });
    document.body.appendChild(liveRegion);
  }
  const region = liveRegion;
  region.textContent = '';
  window.setTimeout(() => (region.textContent = text), 30);
}

/** A message box: errors are role=alert, others role=status. */
export function notice(kind: 'error' | 'ok' | 'info' | 'warn', ...children: Child[]): HTMLElement {
  return h(
    'div',
    { class: 'msg msg-' + kind, role: kind === 'error' ? 'alert' : 'status' },
    ...children,
  );
}

let idCounter = 0;
export function uid(prefix = 'id'): string {
  idCounter += 1;
  return prefix + '-' + idCounter;
}

/** A labelled form field: label, control, optional hint. */
export function field(
  label: string,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  hint?: string,
): HTMLElement {
  if (!control.id) control.id = uid('f');
  const hintEl = hint ? h('span', { class: 'hint', id: control.id + '-hint' }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hintEl);
}

export function select(
  options: Array<[string, string]>,
  value: string,
  attrs?: Attrs,
): HTMLSelectElement {
  const el = h('select', attrs ?? null);
  for (const [v, label] of options) {
    const o = h('option', { value: v }, label);
    if (v === value) o.selected = true;
    el.appendChild(o);
  }
  return el;
}

/** A table with a caption, column headers and rows of cells. */
export function table(
  caption: string,
  headers: string[],
  rows: Child[][],
  opts: { numeric?: number[]; className?: string; captionHidden?: boolean } = {},
): HTMLTableElement {
  const numeric = new Set(opts.numeric ?? []);
  return h(
    'table',
    { class: opts.className ?? 'data' },
    h('caption', { class: opts.captionHidden ? 'visually-hidden' : null }, caption),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        headers.map((t, i) => h('th', { scope: 'col', class: numeric.has(i) ? 'num' : null }, t)),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((r) =>
        h(
          'tr',
          null,
          r.map((c, i) => h('td', { class: numeric.has(i) ? 'num' : null }, c)),
        ),
      ),
    ),
  );
}

/** A scrolling wrapper, so that wide tables scroll on a phone instead of the page. */
export function scroller(child: Child, label: string): HTMLElement {
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: 0 }, child);
}

export function fmtInt(n: number): string {
  return new Intl.NumberFormat('en-US').format(n);
}

export function fmtPct(x: number, digits = 0): string {
  return (x * 100).toFixed(digits) + '%';
}

export function badge(text: string, kind: string): HTMLElement {
  return h('span', { class: 'badge badge-' + kind.replace(/[^a-z0-9_-]/gi, '') }, text);
}

/** A link inside the console. */
export function link(href: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href }, ...children);
}

/** An outside link, only when it is http(s); otherwise its text. */
export function externalLink(url: string): Node {
  if (/^https?:\/\//i.test(url)) {
    return h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'ext' }, url);
  }
  return document.createTextNode(url);
}

/** Saves `text` as a file named `name` (a blob URL; nothing leaves the browser). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, class: 'visually-hidden' }, name);
  document.body.appendChild(a);
  a.click();
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
    a.remove();
  }, 1000);
}

/** Whether a key event comes from a place where typing is going on. */
export function isTyping(ev: KeyboardEvent): boolean {
  const t = ev.target;
  if (!(t instanceof HTMLElement)) return false;
  return (
    t.isContentEditable ||
    t instanceof HTMLInputElement ||
    t instanceof HTMLTextAreaElement ||
    t instanceof HTMLSelectElement
  );
}
