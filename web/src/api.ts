// The Saring API from the browser: the key lives in sessionStorage (gone
// when the tab closes), every call sends it as a bearer token, and an error
// reply becomes an ApiError carrying the API's own message.

const KEY_STORAGE = 'saring.key';

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
    public field = '',
  ) {
    super(message);
  }
}

export function getKey(): string {
  try {
    return sessionStorage.getItem(KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
}

export function setKey(key: string): void {
  try {
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // storage refused (private mode): the key lasts until reload
  }
  memoryKey = key;
}

let memoryKey = '';
let onUnauthorized: (message: string) => void = () => {};

export function setUnauthorizedHandler(fn: (message: string) => void): void {
  onUnauthorized = fn;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, q?: Query): string {
  if (!q) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === null || v === undefined || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? path + (path.includes('?') ? '&' : '?') + qs : path;
}

interface RequestOptions {
  method?: string;
  query?: Query;
  json?: unknown;
  body?: string;
  contentType?: string;
  key?: string;
  signal?: AbortSignal;
  /** Do not sign out on a 401 (the sign-in form's own check). */
  quiet401?: boolean;
}

async function send(path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const key = opts.key ?? (getKey() || memoryKey);
  if (key) headers['Authorization'] = 'Bearer ' + key;
  let body: string | undefined;
  if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.json);
  } else if (opts.body !== undefined) {
    headers['Content-Type'] = opts.contentType ?? 'text/plain';
    body = opts.body;
  }
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method: opts.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      signal: opts.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'The Saring server did not answer (' + String(e) + ').');
  }
  if (!res.ok) {
    let code = 'http_' + res.status;
    let message = res.status + ' ' + res.statusText;
    let field = '';
    try {
      const j = (await res.json()) as { error?: { code?: string; message?: string; field?: string } };
      if (j.error) {
        code = j.error.code ?? code;
        message = j.error.message ?? message;
        field = j.error.field ?? '';
      }
    } catch {
      // not JSON: keep the status line
    }
    if (res.status === 429) {
      const retry = res.headers.get('Retry-After');
      if (retry) message += ' (retry in ' + retry + ' s)';
    }
    const err = new ApiError(res.status, code, message, field);
    if (res.status === 401 && !opts.quiet401) onUnauthorized(message);
    throw err;
  }
  return res;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(path, opts);
  const text = await res.text();
  return (text ? JSON.parse(text) : {}) as T;
}

export async function apiText(path: string, opts: RequestOptions = {}): Promise<string> {
  const res = await send(path, opts);
  return res.text();
}

// ---- Shapes of the replies the console reads (api/openapi.json) ----

export type Role = 'platform' | 'reviewer' | 'regulator' | 'reporter' | 'operator';

export interface PlatformRef {
  id: string;
  name: string;
}

export interface Me {
  key_id: string;
  role: Role;
  platform: PlatformRef;
  platforms: PlatformRef[];
}

export interface Evidence {
  term: string;
  group: string;
  field: string;
  start: number;
  end: number;
  match: string;
  negated?: boolean;
  variant?: boolean;
}

export interface Element {
  element: string;
  state: string;
  score: number;
  model_score?: number;
  unconfirmed?: boolean;
  unsaid?: boolean;
  evidence: number[];
  against: number[];
}

export interface Reason {
  rule: string;
  description: string;
  score: number;
}

export interface Decision {
  id: string;
  verdict: string;
  score: number;
  reasons: Reason[];
  evidence: Evidence[];
  elements?: Element[];
  model_score?: number;
  model?: string; // the models that gave model_score (kind@digest)
  policy: string;
}

export interface Listing {
  id: string;
  version: number;
  status: string;
  seller_id: string;
  kind: string;
  url: string;
  title: string;
  description: string;
  text: string;
  verdict: string;
  score: number;
  policy: string;
  created_at: number;
  updated_at: number;
  posted_at: number;
  erased: boolean;
  decision: Decision | null;
}

export interface ReviewItem {
  id: string;
  listing_id: string;
  reason: string;
  priority: number;
  reports: number;
  status: string;
  created_at: number;
  decided_at: number;
  decided_by: string;
  note: string;
  listing?: {
    title: string;
    description: string;
    text: string;
    url: string;
    seller_id: string;
    status: string;
    verdict: string;
    score: number;
  };
  evidence?: Evidence[];
  /** The whole stored decision, when the listing still has it. */
  decision?: Decision | null;
}

export interface Enforcement {
  actions: Array<{ id: string; kind: string }>;
  already_removed: boolean;
  seller_status?: string;
  active_strikes?: number;
}

export interface Action {
  id: string;
  kind: string;
  listing_id: string;
  seller_id: string;
  source: string;
  source_ref: string;
  automated_detection: boolean;
  automated_decision: string;
  facts: string;
  policy: string;
  status: string;
  created_at: number;
  created_by: string;
  end_at?: number;
  reversed_at?: number;
  reversal_reason?: string;
}

export interface Seller {
  seller_id: string;
  status: string;
  identifiers: Array<{ kind: string; hash: string; source: string }>;
  suspended_until?: number;
  linked_to_banned_seller?: string;
  active_strikes: number;
  blacklisted_identifiers: Array<{ kind: string; hash: string; source: string }>;
}

export interface Ladder {
  steps: string[];
  strike_ttl_days: number;
  auto_enforce: boolean;
}

export interface Appeal {
  id: string;
  action_id: string;
  statement: string;
  status: string;
  created_at: number;
  decided_at: number;
  decided_by: string;
  reason: string;
}

export interface NoticeItem {
  item: number;
  url: string;
  listing_id: string;
  status: string;
  reason: string;
  action_id: string;
  answered_at: number;
  late: boolean;
  answered_after_ms?: number;
}

export interface Notice {
  id: string;
  platform: string;
  reference: string;
  legal_basis: string;
  priority: string;
  received_at: number;
  deadline_at: number;
  overdue: boolean;
  overdue_items: number;
  remaining_ms: number;
  items_total: number;
  by_status: Record<string, number>;
  items?: NoticeItem[];
}

export interface SweepLink {
  listing_id: string;
  url: string;
  seller_id: string;
  verdict: string;
  score: number;
}

export interface Sweep {
  query: string;
  platform: string;
  at: string;
  matched: number;
  violation: number;
  review: number;
  allow: number;
  residual: number;
  residual_rate: number;
  policies: string[];
  run_id?: number;
  links: SweepLink[];
}

export interface NetworkMember {
  platform: string;
  seller: string;
  status: string;
  evading_ban: boolean;
  strikes: number;
}

export interface NetworkLink {
  a: string;
  b: string;
  via: string;
  evidence: string;
}

export interface Network {
  id: string;
  score: number;
  rank: Array<{ signal: string; value: number; points: number }>;
  sellers: number;
  members: NetworkMember[];
  links: NetworkLink[];
  listings: number;
  active: number;
  violation: number;
  review: number;
  wholesale_listings: number;
  strikes: number;
  banned: number;
  platforms: number;
  listings_per_week: number;
  first_at: string;
  last_at: string;
}

export interface Networks {
  analysed_at: string;
  sellers: number;
  listings: number;
  links: number;
  suspect_networks: number;
  networks: Network[];
}

export interface AuditEntry {
  at_ms: number;
  platform: string;
  actor: string;
  action: string;
  subject: string;
  detail: unknown;
  index: number;
  seq?: number;
  leaf?: string;
  hash?: string;
}

export interface AuditPage {
  scope: string;
  entries: AuditEntry[];
  next_after?: number;
  next_before?: number | null;
}

export interface Overview {
  platform: string;
  from: string;
  to: string;
  bucket: 'day' | 'week' | 'month';
  utc_offset?: string;
  takedowns: {
    total: number;
    reversed?: number;
    by_source: Record<string, number>;
    by_platform: Record<string, number>;
    series: Array<{ start: string; platform: string; source: string; count: number }>;
  };
  account_actions: Record<string, number>;
  verdicts: Record<string, number>;
  elements: Record<string, number>;
  notices: {
    links: number;
    answered: number;
    within_deadline: number;
    late: number;
    open: number;
    overdue: number;
  };
  appeals: {
    filed: number;
    decided: number;
    upheld: number;
    reversed: number;
    pending: number;
    reversal_rate: number;
  };
  sweeps: Array<{
    platform: string;
    query: string;
    at: string;
    matched: number;
    violation: number;
    review: number;
    allowed: number;
    residual?: number;
  }>;
  generated_ms: number;
}

export interface Statement {
  puid: string;
  decision_visibility: string[];
  decision_warning?: string;
  decision_account?: string;
  end_date_account_restriction?: string;
  decision_ground: string;
  illegal_content_legal_ground: string;
  illegal_content_explanation: string;
  category: string;
  content_type: string[];
  content_date: string;
  application_date: string;
  decision_facts: string;
  source_type: string;
  source_identity?: string;
  automated_detection: string;
  automated_decision: string;
  territorial_scope: string[];
  url?: string;
  saring: {
    action: string;
    status: string;
    listing_id: string;
    seller_id: string;
    policy: string;
    legal_basis: Array<{ id: string; citation: string; url: string }>;
    evidence: Evidence[];
    source: string;
    source_ref: string;
    redress: string;
    reversed_at?: string;
    reversal_reason?: string;
  };
}
