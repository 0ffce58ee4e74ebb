// Strict base64 (RFC 4648 §4, with padding) for keys and signatures. shared/ has neither
// Buffer nor a typed atob, and a lenient decoder would accept several spellings of one key,
// so two files naming the same key could compare unequal.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

/** `bytes` as standard padded base64. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(triple >> 18) & 63]! + ALPHABET[(triple >> 12) & 63]!;
    out += b === undefined ? '=' : ALPHABET[(triple >> 6) & 63]!;
    out += c === undefined ? '=' : ALPHABET[triple & 63]!;
  }
  return out;
}

/**
 * The bytes of a standard padded base64 text, or `undefined` when it is not exactly the
 * canonical encoding of some bytes (no whitespace, no URL alphabet, no missing padding,
 * no non-zero bits in the padding).
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let written = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    let triple = 0;
    for (let k = 0; k < 4; k++) {
      const char = text[i + k]!;
      const isPadding = last && k >= 4 - padding;
      if (isPadding ? char !== '=' : !VALUES.has(char)) return undefined;
      triple = (triple << 6) | (isPadding ? 0 : VALUES.get(char)!);
    }
    const bytes = [(triple >> 16) & 255, (triple >> 8) & 255, triple & 255];
    const keep = last ? 3 - padding : 3;
    // Bits that padding leaves over must be zero, or two texts would decode to the same bytes.
    if (bytes.slice(keep).some((byte) => byte !== 0)) return undefined;
    for (let k = 0; k < keep; k++) out[written++] = bytes[k]!;
  }
  return out;
}
