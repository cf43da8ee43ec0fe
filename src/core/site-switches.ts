/**
 * Where the sites the reader switched off are stored: spread over SHARD_COUNT storage.sync items
 * by a hash of the host, so thousands fit (one item holds at most 8 KB, about 340 hosts, and the
 * whole area 100 KB) and a page reads only the item of its own host. Older versions kept them all
 * in settings.disabledHosts; that list is still read, and moved into the shards on the next write.
 */
export const SHARD_COUNT = 32;
const SHARD_PREFIX = 'sitesOff:';

/** FNV-1a: stable across versions and contexts, which is all a shard index needs. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shardKey(host: string): string {
  return `${SHARD_PREFIX}${hash(host) % SHARD_COUNT}`;
}

export const ALL_SHARD_KEYS: readonly string[] = Array.from({ length: SHARD_COUNT }, (_, i) => `${SHARD_PREFIX}${i}`);

/** The hosts in one stored shard (anything malformed reads as none). */
export function hostsIn(stored: unknown): string[] {
  return Array.isArray(stored)
    ? stored.filter((h): h is string => typeof h === 'string' && h.length > 0 && h.length < 260)
    : [];
}

export interface SiteChange {
  host: string;
  enabled: boolean;
}

/**
 * The shards after a batch of changes. `shards` holds the current value of every shard a change
 * or `legacy` (hosts from the old settings list) touches; only changed shards are returned.
 */
export function applySiteChanges(
  shards: Record<string, unknown>,
  changes: readonly SiteChange[],
  legacy: readonly string[] = [],
): Record<string, string[]> {
  const sets = new Map<string, Set<string>>();
  const touch = (host: string): Set<string> => {
    const key = shardKey(host);
    let set = sets.get(key);
    if (!set) sets.set(key, (set = new Set(hostsIn(shards[key]))));
    return set;
  };
  for (const host of legacy) touch(host).add(host);
  for (const { host, enabled } of changes) {
    if (!host) continue;
    if (enabled) touch(host).delete(host);
    else touch(host).add(host);
  }
  const out: Record<string, string[]> = {};
  for (const [key, set] of sets) out[key] = [...set];
  return out;
}
