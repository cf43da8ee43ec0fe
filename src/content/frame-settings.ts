/**
 * The settings one frame needs, read from storage.sync: the settings item, and of the sites switched
 * off only the shards holding this frame's host and its page's host (core/site-switches.ts), never
 * the whole list. `disabledHosts` of the result holds whichever of those hosts are off.
 */
import { parseSettings, siteKey, type Settings } from '../core/settings';
import { hostsIn, shardKey } from '../core/site-switches';
import { ext } from '../platform/browser';
import { SETTINGS_KEY } from '../shared/storage-keys';

export class FrameSettings {
  private readonly keys: string[];
  private readonly hosts: string[];
  private values: Record<string, unknown> = {};
  private merged: Settings = parseSettings(undefined);

  /** urls: this frame's and its page's address. */
  constructor(urls: readonly string[]) {
    this.hosts = [...new Set(urls.map(siteKey))].filter(Boolean);
    this.keys = [SETTINGS_KEY, ...new Set(this.hosts.map(shardKey))];
  }

  async load(): Promise<Settings> {
    this.values = await ext.storage.sync.get(this.keys);
    return this.merge();
  }

  get current(): Settings {
    return this.merged;
  }

  /** Takes a storage.sync change; true when something this frame reads changed. */
  update(changes: Record<string, { newValue?: unknown }>): boolean {
    const mine = this.keys.filter((k) => k in changes);
    if (!mine.length) return false;
    this.values = { ...this.values };
    for (const k of mine) this.values[k] = changes[k]?.newValue;
    this.merge();
    return true;
  }

  private merge(): Settings {
    const base = parseSettings(this.values[SETTINGS_KEY]);
    const off = new Set(base.disabledHosts.filter((h) => this.hosts.includes(h)));
    for (const key of this.keys.slice(1))
      for (const h of hostsIn(this.values[key])) if (this.hosts.includes(h)) off.add(h);
    this.merged = { ...base, disabledHosts: [...off] };
    return this.merged;
  }
}
