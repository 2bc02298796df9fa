/** Text limits of the public contract, in characters. */
export const TEXT_LIMITS = {
  roundTitle: 200,
  roundDescription: 10_000,
  questionText: 2_000,
  contributionBody: 20_000,
  replyBody: 5_000,
  reason: 1_000,
  displayName: 200,
  organisation: 200,
} as const;
