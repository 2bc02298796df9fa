import { Command } from '@nestjs/cqrs';

/** Analyses contributions (language, sentences, objectives) and stores the result; repeatable. */
export class AnalyseContributionsCommand extends Command<{ analysed: number }> {
  constructor(readonly contributionIds: readonly string[]) {
    super();
  }
}
