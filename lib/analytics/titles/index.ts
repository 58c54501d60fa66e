/**
 * Are my titles good and lawful, and which words should they carry? Title segmentation, length/GBK/banned-term
 * checks, and keyword suggestions scored by the sales of the listings that use each word.
 */
export type { TitleCheck, TitleIssue } from './check';
export { createDraftChecker, type DraftTitleResult } from './draft';
export { listingsOf, type Listing } from './listings';
export { computeTitleReport, type TitleReport } from './report';
export { goodsWord } from './scores';
export { createTitleSegmenter } from './segment';
export type { KeywordSuggestion } from './suggest';
