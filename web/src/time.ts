// Times: the API counts milliseconds since the epoch (or ISO 8601 strings);
// the console shows them in the browser's local time zone, each inside a
// <time datetime="ISO 8601 UTC"> element, and exports ISO 8601.
import { h } from './dom';

const localFmt = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

const dayFmt = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

export function toMs(t: number | string): number {
  return typeof t === 'number' ? t : Date.parse(t);
}

/** ISO 8601 in UTC ("2026-12-03T08:00:00Z"); empty for 0. */
export function iso(t: number | string): string {
  const ms = toMs(t);
  if (!ms || Number.isNaN(ms)) return '';
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function localText(t: number | string): string {
  const ms = toMs(t);
  if (!ms || Number.isNaN(ms)) return '—';
  return localFmt.format(new Date(ms));
}

/** A <time> element showing local time, ISO 8601 in its datetime (and tooltip). */
export function timeEl(t: number | string): HTMLElement {
  const ms = toMs(t);
  if (!ms || Number.isNaN(ms)) return h('span', { class: 'muted' }, '—');
  const stamp = iso(ms);
  return h('time', { datetime: stamp, title: stamp }, localText(ms));
}

/** A calendar date "YYYY-MM-DD" (a UTC day of the API) as text. */
export function dayText(date: string): string {
  const ms = Date.parse(date + 'T00:00:00Z');
  return Number.isNaN(ms) ? date : dayFmt.format(new Date(ms));
}

/** "3 h 20 min", "2 d 4 h", "45 s". */
export function duration(ms: number): string {
  const abs = Math.abs(ms);
  const s = Math.floor(abs / 1000);
  const d = Math.floor(s / 86400);
  const hr = Math.floor((s % 86400) / 3600);
  const min = Math.floor((s % 3600) / 60);
  if (d > 0) return d + ' d ' + hr + ' h';
  if (hr > 0) return hr + ' h ' + min + ' min';
  if (min > 0) return min + ' min';
  return s + ' s';
}

/** YYYY-MM-DD of a Date, in UTC. */
export function ymd(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return ymd(d);
}

export function todayUtc(): string {
  return ymd(new Date());
}

/** Today's date in the browser's time zone. */
export function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The browser's offset from UTC as ISO 8601 ("+07:00", "Z"). */
export function utcOffset(): string {
  const m = -new Date().getTimezoneOffset();
  if (m === 0) return 'Z';
  const a = Math.abs(m);
  return (m > 0 ? '+' : '-') + String(Math.floor(a / 60)).padStart(2, '0') + ':' + String(a % 60).padStart(2, '0');
}
