import { createInterface } from 'node:readline/promises';

/** Asks a yes/no question on the terminal; without one there is nobody to answer, which is a no. */
export async function confirm(question: string, promptTo: NodeJS.WritableStream): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const prompt = createInterface({ input: process.stdin, output: promptTo });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}
