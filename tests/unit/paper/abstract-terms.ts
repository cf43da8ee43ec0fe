/**
 * Every wording the paper's abstract puts in its own words, as far as this project may quote it:
 * the English abstract's quoted phrases and the Chinese terms recorded from its Chinese abstract
 * (../shared/research/paper-abstract.txt and paper-record.md, copied here so that npm test needs
 * nothing beside the clone). A quotation attributed to the paper must be part of one of these.
 */
export const ABSTRACT_TERMS: readonly string[] = [
  // English abstract: the phrases it sets in quotation marks, and the titles it names.
  'Stalin’s decision to not change any provisions of this treaty for the time being',
  'leader of the international communist movement',
  'headed by the Soviet Union and the Communist Party of the Soviet Union',
  'patriarchal',
  'paternal-child Party',
  'Talks to Xinhua Daily Reporters on the New International Situation',
  'Soviet-German Non-Aggression Treaty',
  // Chinese abstract, as paper-record.md records its terms.
  '以苏联和苏联共产党为首',
  '家长制',
  '父子党',
  '为了换取斯大林对他的支持',
  '暂时不改动这项条约的任何条款',
  '国际共运领袖',
  '关于国际新形势对新华日报记者的谈话',
  '苏德互不侵犯条约',
  '党的立场',
  '人民的立场',
  '国家和民族的立场',
];
