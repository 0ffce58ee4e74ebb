/** Characters no common file system accepts in a name, and control characters. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Names Windows reserves for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_NAME_LENGTH = 120;

const two = (value: number) => String(value).padStart(2, '0');

/**
 * The file name export suggests: the pack (or flow) name and the export time in the
 * user's local time, as the platforms name their export files:
 * `Sales IVR 2026-11-21 1430.flowpack`.
 *
 * @remarks
 * `localTime` is read with the local-time getters, so pass the moment of export; the
 * caller's time zone decides the digits. Characters file systems refuse are replaced by
 * `-`, leading and trailing dots and spaces are dropped, and long names are shortened.
 */
export function defaultPackFileName(name: string, localTime: Date): string {
  let base = name.replace(UNSAFE, '-').replace(/\s+/g, ' ').trim().replace(/^[.\s]+|[.\s]+$/g, '');
  if (base.length > MAX_NAME_LENGTH) base = Array.from(base).slice(0, MAX_NAME_LENGTH).join('').trim();
  if (base === '' || RESERVED.test(base)) base = base === '' ? 'pack' : `${base} pack`;
  const date = `${localTime.getFullYear()}-${two(localTime.getMonth() + 1)}-${two(localTime.getDate())}`;
  const time = `${two(localTime.getHours())}${two(localTime.getMinutes())}`;
  return `${base} ${date} ${time}.flowpack`;
}
