// TextDecoder exists in every host this code runs in (Node, Electron, browsers); shared/
// compiles without DOM or Node types, so the one signature used is declared here.
declare const TextDecoder: new (
  label: 'utf-8',
  options: { fatal: boolean; ignoreBOM: boolean },
) => { decode(input: Uint8Array): string };

/** The result of decoding bytes as UTF-8: the text, or the offset of the first bad byte. */
export type DecodedUtf8 = { ok: true; text: string } | { ok: false; byteOffset: number; byte: number; validPrefix: string };

/**
 * Decodes UTF-8 strictly: any invalid sequence (stray continuation byte, overlong form,
 * surrogate, truncated character) fails instead of silently becoming U+FFFD, so a
 * damaged file is refused rather than loaded with altered text.
 *
 * @remarks A byte-order mark is kept in the text; the JSON reader decides what to do with it.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedUtf8 {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // Only on failure: find where, so the message can point at the line and column.
    const byteOffset = firstInvalidUtf8Offset(bytes);
    const validPrefix = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes.subarray(0, byteOffset));
    return { ok: false, byteOffset, byte: bytes[byteOffset] ?? 0, validPrefix };
  }
}

/**
 * The offset of the byte that starts the first invalid sequence (RFC 3629 well-formed
 * table), or `bytes.length` when the input ends inside a character.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0; // overlong
      if (lead === 0xed) max = 0x9f; // UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90; // overlong
      if (lead === 0xf4) max = 0x8f; // beyond U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      const low = k === 1 ? min : 0x80;
      const high = k === 1 ? max : 0xbf;
      if (next < low || next > high) return i;
    }
    i += length;
  }
  return bytes.length;
}
