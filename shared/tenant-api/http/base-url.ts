import { TenantApiError } from './tenant-error';

// The WHATWG URL parser exists in every host this code runs in; shared/ compiles without DOM or Node types,
// so the fields read are declared here. It normalises hosts (`0x7f.1` and `2130706433` become 127.0.0.1,
// `[0:0::1]` becomes `[::1]`), which is what makes the loopback test below hold for every spelling.
declare const URL: new (input: string) => {
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly search: string;
  readonly hash: string;
  readonly origin: string;
  readonly pathname: string;
};

const EXAMPLE = 'for example https://flows.example.com';

/**
 * True for the addresses that never leave this computer: `localhost`, 127.0.0.0/8 and `::1`.
 * `hostname` is as the URL parser gives it (lower case, IPv6 in brackets, IPv4 in dotted decimal).
 */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  const octets = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(hostname);
  return octets !== null && octets.slice(1).every((octet) => Number(octet) <= 255);
}

/**
 * Checks a tenant address and returns it normalised (origin plus any path prefix, no trailing slash), or
 * throws a {@link TenantApiError} of kind `invalid-url` before any request is made.
 *
 * @remarks `https:` always; plain `http:` only for loopback hosts, where the bearer token never crosses a
 * network. User names, passwords, queries and fragments are refused: the token is given separately, and
 * the client builds every query itself. Messages never repeat the input, which may hold a pasted secret.
 */
export function checkTenantBaseUrl(input: string): string {
  let url: InstanceType<typeof URL>;
  try {
    url = new URL(input.trim());
  } catch {
    throw invalid(`The tenant address is not a valid web address; enter it in full, ${EXAMPLE}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid(`The tenant address must start with https:// (it starts with ${url.protocol}//); ${EXAMPLE}.`);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw invalid(
      `The tenant address ${url.origin} is not encrypted: use https://. Plain http:// is allowed only for this ` +
        'computer (localhost, 127.0.0.1 or ::1), where the token never crosses a network.',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw invalid('The tenant address must not contain a user name or password; the token is entered separately.');
  }
  if (url.search !== '' || url.hash !== '') {
    throw invalid(`The tenant address must not contain a query (?) or a fragment (#); ${EXAMPLE}.`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function invalid(message: string): TenantApiError {
  return new TenantApiError({ kind: 'invalid-url' }, message);
}
