/**
 * Where OpenCC's Simplified → Taiwan conversion (cn → tw) gives the wrong Traditional text for our
 * data, or where Taiwan writes a name or term differently from the mainland. Keys are Simplified, as
 * written in data/; values are what a Taiwan reader expects. Each one is checked against the topic
 * labels written by hand in data/topics.json (tests/unit/zh-hant-text.test.ts).
 *
 * Transliterations that differ (斯大林 / 史達林 / 史太林) are one person under several names: the
 * matcher knows them all as aliases; this list only picks the one Traditional readers see in our text.
 * We use `tw`, not `twp`: twp's phrase table rewrites period wording (支持→支援, 声明→宣告, 文件→檔案).
 */
export const ZH_HANT_TERMS: Readonly<Record<string, string>> = {
  // Taiwan transliterations of Soviet and Western names (labels stalin, khrushchev, brezhnev, gorbachev, yalta-agreement)
  斯大林: '史達林',
  赫鲁晓夫: '赫魯雪夫',
  勃列日涅夫: '布里茲涅夫',
  戈尔巴乔夫: '戈巴契夫',
  雅尔塔: '雅爾達',
  丘吉尔: '邱吉爾',
  // OpenCC reads 里 as the word "inside" (裡) and 杰 as 傑: wrong in these names (labels ribbentrop, wang-shijie)
  里宾特洛甫: '里賓特洛甫',
  王世杰: '王世杰',
  // Taiwan usage: 電台 for a radio station, 韓戰 for the Korean War (labels joint-fleet-dispute-1958, korean-war-1950)
  电台: '電台',
  朝鲜战争: '韓戰',
};
