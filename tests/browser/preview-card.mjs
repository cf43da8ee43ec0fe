// Reads the preview card from the test side through the DevTools protocol, which sees closed shadow
// roots (Playwright's locators pierce only open ones). Nothing here runs in the page's own world.

/** The card's host (a <div> under <html> with a closed shadow root) and the card inside it, as CDP nodes (null when absent). */
export async function cardNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const html = findNode(root, (n) => n.nodeName === 'HTML');
    const host =
      (html?.children ?? []).find((n) => n.nodeName === 'DIV' && n.shadowRoots?.[0]?.shadowRootType === 'closed') ??
      null;
    const shadow = host?.shadowRoots?.[0] ?? null;
    const card = shadow ? findNode(shadow, (n) => hasClass(n, 'card')) : null;
    return { cdp, root, host, shadow, card };
  } catch (error) {
    await cdp.detach();
    throw error;
  }
}

function findNode(node, test) {
  if (test(node)) return node;
  for (const child of [
    ...(node.children ?? []),
    ...(node.shadowRoots ?? []),
    ...(node.contentDocument ? [node.contentDocument] : []),
  ]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

function hasClass(node, name) {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2)
    if (attrs[i] === 'class' && attrs[i + 1].split(/\s+/).includes(name)) return true;
  return false;
}

function textOf(node) {
  if (node.nodeType === 3) return node.nodeValue;
  return (node.children ?? []).map(textOf).join('');
}

function elementsOf(node, out = []) {
  if (node.nodeType === 1) out.push(node);
  for (const child of node.children ?? []) elementsOf(child, out);
  return out;
}

/** The card's text, or null when no card is open. */
export async function cardText(page) {
  const { cdp, card } = await cardNodes(page);
  await cdp.detach();
  return card ? textOf(card) : null;
}

/** Whether the card's host element exists at all. */
export async function hasHost(page) {
  const { cdp, host } = await cardNodes(page);
  await cdp.detach();
  return host !== null;
}

/** The card's border box in CSS pixels of the viewport, and the box of an element in it by class. */
export async function cardBox(page, className = 'card') {
  const { cdp, card } = await cardNodes(page);
  try {
    if (!card) return null;
    const node = className === 'card' ? card : findNode(card, (n) => hasClass(n, className));
    if (!node) return null;
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId });
    const [x1, y1, x2, , , y3] = model.border;
    return { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
  } finally {
    await cdp.detach();
  }
}

/** Computed styles of every element of the card, in tree order, as { tag.class: { property: value } }. */
export async function cardStyles(page) {
  const { cdp, card } = await cardNodes(page);
  try {
    if (!card) return null;
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const out = [];
    for (const el of elementsOf(card)) {
      const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [el.backendNodeId] });
      const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: nodeIds[0] });
      out.push({ node: el.localName, style: Object.fromEntries(computedStyle.map((p) => [p.name, p.value])) });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Waits until the card is open (or, with open: false, closed); resolves with its text. */
export async function waitForCard(page, { open = true, timeout = 5000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const text = await cardText(page);
    if (open ? text !== null : text === null) return text;
    if (Date.now() > end) throw new Error(`the card did not ${open ? 'open' : 'close'} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** The centre of the nth occurrence of text on the page (read from the page's DOM, as a reader's pointer would find it). */
export async function pointOf(page, text, nth = 0) {
  return page.evaluate(
    ([needle, index]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        let at = n.data.indexOf(needle);
        while (at >= 0) {
          if (seen++ === index) {
            const range = document.createRange();
            range.setStart(n, at);
            range.setEnd(n, at + needle.length);
            const r = range.getClientRects()[0];
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          at = n.data.indexOf(needle, at + 1);
        }
      }
      throw new Error(`no "${needle}" #${index} on the page`);
    },
    [text, nth],
  );
}

/**
 * Waits until the background holds a complete scan of the page's URL and resolves with its tab id and
 * mentions, read from storage.session only (tabs.query shows no URL without the "tabs" permission).
 */
export async function scanOfPage(worker, page, timeout = 20_000) {
  const url = page.url();
  const end = Date.now() + timeout;
  for (;;) {
    const found = await worker.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      for (const [key, frames] of Object.entries(all)) {
        const top = frames?.[0];
        if (key.startsWith('tab:') && top?.url === u && top.complete)
          return { tabId: Number(key.slice(4)), mentions: top.mentions };
      }
      return null;
    }, url);
    if (found) return found;
    if (Date.now() > end) throw new Error(`the extension did not finish scanning ${url} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Event types with listeners on document and window registered by the extension's content script (its
 * isolated world, found through the DevTools protocol; the page's own listeners are not counted).
 */
export async function listenerTypes(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const ours = contexts.filter(
      (c) => c.auxData?.type === 'isolated' && c.auxData?.frameId && c.origin.startsWith('chrome-extension://'),
    );
    const types = new Set();
    for (const context of ours) {
      for (const expression of ['document', 'window']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: context.id });
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        for (const l of listeners) types.add(l.type);
      }
    }
    if (!ours.length) throw new Error('no content-script world found in the page');
    return [...types].sort();
  } finally {
    await cdp.detach();
  }
}
