/** The ETag of a flow revision, as the tenant API sends it and expects it back in If-Match: a strong tag holding the number. */
export const revisionEtag = (revision: number): string => `"${revision}"`;

/** The revision an ETag from a response names, or undefined for a tag this API did not send. */
export function revisionFromEtag(etag: string | undefined): number | undefined {
  const match = etag === undefined ? null : /^(?:W\/)?"(\d+)"$/.exec(etag.trim());
  return match ? Number(match[1]) : undefined;
}
