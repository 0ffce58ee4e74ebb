/** The text to show for a failure: an Error's message, or whatever was thrown as a string. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
