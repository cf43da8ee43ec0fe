// 'ssn:topic-styles': one character per topic of the compiled matcher, in its order: the topic's
// category and whether the paper discusses it (src/core/highlight-categories.ts, written by build.mjs).
declare const topicStyles: string;
export default topicStyles;
