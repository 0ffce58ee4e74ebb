// Web Crypto's randomUUID exists in every host this code runs in (Node, Electron, browsers);
// shared/ compiles without DOM or Node types, so its one signature is declared here.
declare const crypto: { randomUUID(): string };

/** A random UUID v4. */
export function randomUuid(): string {
  return crypto.randomUUID();
}
