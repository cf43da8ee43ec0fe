/** Reports judged against the bundled knowledge base (a build-time module, kept out of index.ts). */
import kb from 'ssn:knowledge-base';
import type { FrameMentions, FrameReport } from '../shared/messages';
import { judgeReport } from './report-theses';

export function judge(report: FrameReport): Omit<FrameMentions, 'frameId'> {
  return judgeReport(kb, report);
}
