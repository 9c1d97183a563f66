// The suspected networks (GET /v1/networks), fetched once a minute at most
// (the server reuses its analysis for a minute too), and the lookups the
// review queue and the seller pages need: which network holds a seller
// (asked of the server, which scans every member), and the accounts linked to it.
import { api, type Me, type Network, type NetworkLink, type Networks } from './api';

let cached: { at: number; key: string; data: Promise<Networks> } | null = null;

export function loadNetworks(me: Me, platform = ''): Promise<Networks> {
  const key = me.key_id + '|' + platform;
  const now = Date.now();
  if (cached && cached.key === key && now - cached.at < 60_000) return cached.data;
  const data = api<Networks>('/v1/networks', { query: { top: 1000, platform } });
  cached = { at: now, key, data };
  data.catch(() => {
    if (cached?.data === data) cached = null;
  });
  return data;
}

/** "platform/seller" as the networks name sellers. */
export function sellerKey(platform: string, seller: string): string {
  return platform + '/' + seller;
}

export function splitKey(key: string): { platform: string; seller: string } {
  const at = key.indexOf('/');
  return at < 0 ? { platform: '', seller: key } : { platform: key.slice(0, at), seller: key.slice(at + 1) };
}

/** The suspected network a seller is in, if any (GET /v1/networks?seller=). */
export async function networkOfSeller(me: Me, seller: string, platform = me.platform.id, signal?: AbortSignal): Promise<Network | undefined> {
  const query: Record<string, string | number> = { seller, top: 1 };
  if (me.role === 'regulator') query.seller_platform = platform;
  const nets = await api<Networks>('/v1/networks', { query, signal });
  return nets.networks[0];
}

export function directLinks(net: Network, key: string): Array<{ other: string; link: NetworkLink }> {
  return net.links.filter((l) => l.a === key || l.b === key).map((l) => ({ other: l.a === key ? l.b : l.a, link: l }));
}
