// The extension APIs that browser tests call inside the service worker or an extension page
// (through worker.evaluate / page.evaluate). Declared here so test code type-checks without
// pulling Chrome's types into the extension's own sources.
declare namespace chrome {
  namespace runtime {
    function getManifest(): { manifest_version: number; name: string; version: string } & Record<string, unknown>;
    function sendMessage(message: unknown): Promise<unknown>;
    const onMessage: { addListener(listener: (message: unknown) => void): void };
  }
  namespace tabs {
    function query(q: object): Promise<{ id?: number; url?: string; active?: boolean }[]>;
  }
  namespace storage {
    const session: { get(key: string | null): Promise<Record<string, unknown>> };
    const sync: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
      remove(key: string): Promise<void>;
    };
  }
}
