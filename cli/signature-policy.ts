import { trustedSignatureRefusal } from '../shared/pack/signature/signature-policy';
import type { SignatureCheck } from '../shared/pack/signature/verify-pack';
import type { CliOutput } from './cli-output';
import { printable } from './printable';

/** The environment variable that turns on --require-signature for every command that takes it. */
export const REQUIRE_SIGNATURE_VARIABLE = 'FLOWPACK_REQUIRE_SIGNATURE';

/** The option itself, spread into a command's parseArgs options. */
export const REQUIRE_SIGNATURE_OPTION = { 'require-signature': { type: 'boolean' } } as const;

/** The help lines of the option, the same in unpack, plan and push; `column` is where descriptions start. */
export function requireSignatureHelp(column: number): string {
  const lines = [
    'Refuse a pack unless a trusted key signed it: unsigned (or its',
    'signature removed), signed by a key not trusted, or tampered.',
    `Also on when $${REQUIRE_SIGNATURE_VARIABLE}=1; --force does not lift it`,
  ];
  const option = '  --require-signature';
  return [`${option.padEnd(column)}${lines[0]}`, ...lines.slice(1).map((line) => `${' '.repeat(column)}${line}`)].join('\n');
}

/** Whether the policy is on: the flag, or the environment variable set to 1 (or true). */
export function requiresSignature(flag: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return flag === true || /^(1|true)$/i.test(env[REQUIRE_SIGNATURE_VARIABLE] ?? '');
}

/**
 * Applies the policy. Returns true when the pack is refused: the reason is printed, ending
 * with `refused` (e.g. "nothing was written").
 */
export function refusedBySignaturePolicy(packPath: string, check: SignatureCheck, required: boolean, refused: string, output: CliOutput): boolean {
  const refusal = required ? trustedSignatureRefusal(check) : null;
  if (refusal === null) return false;
  output.stderr(`flowpack: ${printable(packPath)}: ${printable(refusal)}, and --require-signature asks for a signature from a trusted key; ${refused}\n`);
  return true;
}
