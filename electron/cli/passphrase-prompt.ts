import { createInterface } from 'node:readline';

/**
 * What a passphrase is for: to open a review (`current`), to encrypt one for the first time
 * (`new`), or to replace the current one when re-keying (`replacement`).
 */
export type PassphrasePurpose = 'current' | 'new' | 'replacement';

/** Where the CLI gets a passphrase: environment variables (scripts, CI) or a prompt on a terminal. */
export interface PassphraseSource {
  /** Null when there is no way to ask (no variable set and not on a terminal). */
  ask(purpose: PassphrasePurpose): Promise<string | null>;
}

export const PASSPHRASE_VARIABLE = 'CASEWRIGHT_PASSPHRASE';
export const NEW_PASSPHRASE_VARIABLE = 'CASEWRIGHT_NEW_PASSPHRASE';

const QUESTIONS: Readonly<Record<PassphrasePurpose, string>> = {
  current: 'Passphrase',
  new: 'New passphrase',
  replacement: 'New passphrase',
};

/**
 * CASEWRIGHT_PASSPHRASE opens a review and encrypts one; CASEWRIGHT_NEW_PASSPHRASE is the
 * replacement when re-keying. On a terminal the passphrase is typed without echo, and a new one
 * twice, so a typing slip cannot lock the reviewer out.
 */
export function defaultPassphraseSource(env: NodeJS.ProcessEnv = process.env): PassphraseSource {
  return {
    async ask(purpose) {
      const fromEnv = purpose === 'replacement' ? env[NEW_PASSPHRASE_VARIABLE] : env[PASSPHRASE_VARIABLE];
      if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
      if (process.stdin.isTTY !== true || process.stderr.isTTY !== true) return null;
      const first = await promptHidden(QUESTIONS[purpose]);
      if (purpose === 'current') return first;
      const again = await promptHidden('Type it again');
      return first === again ? first : null;
    },
  };
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolvePrompt) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    process.stderr.write(`${question}: `);
    // Echo nothing of what is typed.
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolvePrompt(answer);
    });
  });
}
