/**
 * The card's styles, inside its shadow root. The page's CSS cannot reach in; what it could still do
 * to the host element (hide it, inherit fonts into it) is undone by !important :host rules, which win
 * over the page's own !important rules because the shadow tree is the inner context.
 */
export const CARD_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  pointer-events: none !important;
  z-index: 2147483647 !important;
}
.card {
  position: fixed;
  box-sizing: border-box;
  width: max-content;
  max-width: min(380px, calc(100vw - 16px));
  overflow: auto;
  padding: 12px 14px 10px;
  background: #fffdf8;
  color: #1d1b18;
  border: 1px solid #cfc6b6;
  border-radius: 8px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.2);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif;
  text-align: start;
  pointer-events: auto;
  cursor: auto;
}
.head { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 8px; margin: 0 0 8px; }
.names { order: 3; flex-basis: 100%; color: #6b6358; font-size: 13px; }
.label { font-size: 16px; font-weight: 600; }
.dates { color: #6b6358; font-size: 13px; }
.close { margin-inline-start: auto; border: 0; background: none; color: #6b6358; font: inherit; font-size: 18px; line-height: 1; padding: 0 2px; cursor: pointer; }
.kicker { margin: 0 0 2px; color: #8a3a22; font-size: 12px; font-weight: 600; letter-spacing: 0.01em; }
.text { margin: 0 0 10px; }
.point { margin: 0 0 2px; font-weight: 600; }
.reason, .note { margin: -4px 0 10px; color: #6b6358; font-size: 13px; font-style: italic; }
.note { margin: 0 0 10px; font-style: normal; }
.points { display: block; margin: 0 0 10px; border: 0; background: none; color: #8a3a22; font: inherit; font-size: 13px; padding: 0; cursor: pointer; text-decoration: underline; text-align: start; }
.points[aria-expanded="true"] { text-decoration: none; }
.others { margin: 0 0 10px; padding-inline-start: 10px; border-inline-start: 2px solid #cfc6b6; }
.others[hidden] { display: none; }
.others .text { font-size: 13px; }
.evidence { margin: 0 0 10px; padding: 6px 8px; background: #f4efe4; border-radius: 6px; font-size: 13px; }
.evidence .title { font-style: italic; }
.card[lang^="zh"] .evidence .title { font-style: normal; }
.evidence .source, .evidence .status { color: #6b6358; }
.foot { display: flex; justify-content: flex-end; }
.more { border: 1px solid #b02a1e; background: #b02a1e; color: #fff; font: inherit; font-size: 13px; padding: 3px 12px; border-radius: 4px; cursor: pointer; }
.more:focus-visible, .close:focus-visible, .points:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #24211d; color: #eee7da; border-color: #4a443b; }
  .dates, .names, .close, .evidence .source, .evidence .status, .reason, .note { color: #b4aa9a; }
  .kicker, .points { color: #f0a27f; }
  .evidence { background: #302c26; }
}
`;
