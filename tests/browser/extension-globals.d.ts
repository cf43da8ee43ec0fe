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
    function get(id: number): Promise<{ id?: number; windowId: number; incognito: boolean; url?: string }>;
    function update(id: number, change: { active?: boolean }): Promise<unknown>;
    function sendMessage(id: number, message: unknown): Promise<unknown>;
  }
  namespace windows {
    function create(options: {
      url?: string;
      type?: string;
      width?: number;
      height?: number;
      incognito?: boolean;
    }): Promise<{ id?: number; tabs?: { id?: number }[] }>;
  }
  namespace scripting {
    function executeScript(options: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  }
  namespace extension {
    function isAllowedIncognitoAccess(): Promise<boolean>;
  }
  namespace storage {
    const session: { get(key: string | null): Promise<Record<string, unknown>> };
    const local: { get(key: string | null): Promise<Record<string, unknown>>; clear(): Promise<void> };
    const sync: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
      remove(key: string): Promise<void>;
    };
  }
}
