import { z } from 'zod';

/**
 * A token's label names the person or tool holding it ("Ana's laptop", "CI deploy"), so the
 * flow list and the audit log say who acted instead of showing a token id. It is
 * not a secret, and two tokens may share one: the token id stays the exact reference.
 */
export const TOKEN_LABEL_MAX_CHARS = 80;

/**
 * What a label may not hold: control characters (tabs, line breaks, escape sequences that
 * would redraw a terminal), line and paragraph separators, lone surrogates, and the
 * text-direction marks and overrides that could make "evil" read as "live" in a list.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

export type TokenLabelCheck = { ok: true; label: string } | { ok: false; problem: string };

/**
 * A label as typed, trimmed and checked: 1 to {@link TOKEN_LABEL_MAX_CHARS} printable
 * characters (counted in code points, as docs/FORMAT.md counts lengths). `problem` reads
 * after the option's name: `--label ${problem}`.
 */
export function checkTokenLabel(text: string): TokenLabelCheck {
  const label = text.trim();
  const chars = [...label];
  if (chars.length === 0) return { ok: false, problem: 'is empty: give the person or tool that holds the token, e.g. "CI deploy"' };
  if (chars.length > TOKEN_LABEL_MAX_CHARS) return { ok: false, problem: `is ${chars.length} characters long; at most ${TOKEN_LABEL_MAX_CHARS} are allowed` };
  const bad = chars.findIndex((char) => UNPRINTABLE.test(char));
  if (bad >= 0) {
    const code = chars[bad]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return { ok: false, problem: `holds an unprintable character (U+${code}, character ${bad + 1}): use letters, digits, spaces and punctuation` };
  }
  return { ok: true, label };
}

/**
 * The label of a token given none: "token" and the first 8 hex digits of its id
 * (`tok_3f9a1c2b...` -> `token 3f9a1c2b`). Migration 0004 labels older tokens the same way.
 */
export function defaultTokenLabel(tokenId: string): string {
  return `token ${tokenId.replace(/^tok_/, '').slice(0, 8)}`;
}

/** A label as answers carry it; null where no token acted (the server's command line) or the token is unknown. */
export const actorLabelSchema = z.string().min(1).nullable();
