/**
 * The one writer of the sites switched off. Every switch (popup, keyboard command, options page)
 * comes here; changes that arrive while a write runs are batched into the next one, so concurrent
 * switches are never lost (each read-modify-write used to overwrite the others) and a burst costs
 * one storage.sync write (the area allows 120 a minute). Hosts in the old settings list move to
 * the shards on the first write.
 */
import { applySiteChanges, shardKey, type SiteChange } from '../core/site-switches';
import { ext } from '../platform/browser';
import { SETTINGS_KEY } from '../shared/storage-keys';

let chain: Promise<unknown> = Promise.resolve();
let batch: SiteChange[] | null = null;
let batchWritten: Promise<void> | null = null;

/** Resolves once the changes are stored (or rejects with the storage error, e.g. the quota). */
export function setSitesEnabled(changes: readonly SiteChange[]): Promise<void> {
  if (!batch || !batchWritten) {
    const mine: SiteChange[] = [];
    batch = mine;
    const written = chain.then(() => {
      if (batch === mine) batch = null;
      return writeBatch(mine);
    });
    chain = written.catch(() => undefined);
    batchWritten = written;
  }
  for (const change of changes) batch.push(change);
  return batchWritten;
}

async function writeBatch(changes: readonly SiteChange[]): Promise<void> {
  const stored = await ext.storage.sync.get(SETTINGS_KEY);
  const settings = stored[SETTINGS_KEY];
  const raw = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>) : null;
  const legacy = Array.isArray(raw?.disabledHosts)
    ? raw.disabledHosts.filter((h): h is string => typeof h === 'string' && h.length > 0)
    : [];
  const keys = [...new Set([...changes.map((c) => shardKey(c.host)), ...legacy.map(shardKey)])];
  const shards = keys.length ? await ext.storage.sync.get(keys) : {};
  const next: Record<string, unknown> = applySiteChanges(shards, changes, legacy);
  if (legacy.length && raw) next[SETTINGS_KEY] = { ...raw, disabledHosts: [] };
  if (Object.keys(next).length) await ext.storage.sync.set(next);
}
