// Where opencc's Taiwan phrase table (cn → twp) picks the wrong word for this extension's UI.
// Each fix must still match something: an unused fix fails the conversion (so the list stays checked
// against what opencc actually writes, and goes away when opencc or zh_CN changes).

/** [what opencc writes, what a Taiwanese reader expects], applied in order to every message. */
export const PHRASE_FIXES = [
  ['擴充套件程式', '擴充功能'], // 扩展程序: the browser's own word is 擴充功能
  ['擴充套件', '擴充功能'],
  ['許可權', '權限'], // 权限 (permission), not 許可權 (licence right)
  ['訪問', '存取'], // site access
  ['檔案本身', '文件本身'], // a historical document, not a computer file
  ['檔案編號', '文件編號'],
  ['原始檔案', '原始文件'],
  ['基金專案', '基金項目'], // the journal record's field name
  ['時間線', '時間軸'],
  ['工具欄', '工具列'],
  ['當前頁面', '目前頁面'],
];

/** Taiwan quotes with corner brackets: typography, applied wherever curly quotes occur (not a checked fix). */
const QUOTES = { '“': '「', '”': '」', '‘': '『', '’': '』' };

/** Whole messages opencc cannot get right from the phrase alone. */
export const MESSAGE_FIXES = {
  evidenceKind_document: ['檔案', '文件'], // a historical document
};

/** Applies the fixes to { key: message }; throws naming any fix that no longer matches. */
export function applyFixes(messages) {
  const used = new Set();
  const out = {};
  for (const [key, original] of Object.entries(messages)) {
    let message = original;
    const whole = MESSAGE_FIXES[key];
    if (whole && message === whole[0]) {
      message = whole[1];
      used.add(`key:${key}`);
    }
    for (const [from, to] of PHRASE_FIXES) {
      if (!message.includes(from)) continue;
      message = message.split(from).join(to);
      used.add(from);
    }
    out[key] = message.replace(/[“”‘’]/g, (q) => QUOTES[q]);
  }
  const unused = [
    ...PHRASE_FIXES.map(([from]) => from).filter((from) => !used.has(from)),
    ...Object.keys(MESSAGE_FIXES).filter((key) => !used.has(`key:${key}`)),
  ];
  if (unused.length) throw new Error(`zh-tw-fixes.mjs: these fixes no longer match anything: ${unused.join(' ')}`);
  return out;
}
