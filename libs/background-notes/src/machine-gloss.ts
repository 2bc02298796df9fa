import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@convene/config';

const PAIR = 'spa-eng';
const TIMEOUT_MS = 10_000;

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: TIMEOUT_MS }, (error, stdout) => {
      if (error) reject(new Error(`${command} failed: ${error.message}`));
      else resolve(stdout);
    });
  });
}

/** The translation pairs the installed Apertium offers ("spa-eng", …); none when it is absent. */
export async function apertiumPairs(command = 'apertium'): Promise<string[]> {
  const listed = await run(command, ['-l']).catch(() => '');
  return listed
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * A gist translation of one Spanish text, unknown words left as they are, on one line. The text
 * goes through a file: Apertium reads /dev/stdin, which a socket (as Node gives) cannot open.
 */
export async function apertiumGloss(text: string, command = 'apertium'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'convene-gloss-'));
  try {
    const file = join(dir, 'es.txt');
    await writeFile(file, text.replace(/\s+/g, ' '));
    return (await run(command, ['-u', PAIR, file])).replace(/\s+/g, ' ').trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Machine glosses of the Spanish quotes of a note, when MACHINE_GLOSS=apertium. A process so
 * configured refuses to start without the pair; a gloss that fails is left out, never the note.
 */
@Injectable()
export class MachineGloss implements OnModuleInit {
  private readonly logger = new Logger('MachineGloss');
  protected readonly command: string = 'apertium';

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.MACHINE_GLOSS === 'apertium';
  }

  async onModuleInit(): Promise<void> {
    if (this.enabled && !(await apertiumPairs(this.command)).includes(PAIR)) {
      throw new Error(
        `MACHINE_GLOSS=apertium needs Apertium's ${PAIR} pair (apt-get install apertium-eng-spa)`,
      );
    }
  }

  async glosses(texts: readonly string[]): Promise<Map<string, string>> {
    const glosses = new Map<string, string>();
    if (!this.enabled) return glosses;
    for (const text of new Set(texts)) {
      try {
        const gloss = await apertiumGloss(text, this.command);
        if (gloss) glosses.set(text, gloss);
      } catch (error) {
        this.logger.warn(`a machine gloss failed: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    return glosses;
  }
}
