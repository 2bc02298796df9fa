import type { ContributionSubmittedEvent } from '@convene/contributions';
import { jobFor, LOST_WORK_BATCH, on, type LostWork } from '@convene/messaging';

export const analysisRoutes = [
  on<ContributionSubmittedEvent>('contribution.submitted', (p) => [
    jobFor.analyseContribution(p.contributionId),
  ]),
];

export const analysisLostWork: LostWork[] = [
  {
    what: 'unanalysed contributions',
    sql: `SELECT id FROM contributions
           WHERE status = 'received' AND created_at < now() - $1 * interval '1 millisecond'
           ORDER BY created_at LIMIT ${LOST_WORK_BATCH}`,
    job: jobFor.analyseContribution,
  },
];
