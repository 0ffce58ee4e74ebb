import { MAX_PACK_BYTES } from '../../../shared/host/pack-calls';
import { translate } from '../i18n/i18n';

/** A file the user picked (file input or drop) as text; larger than 10 MB is refused before reading. */
export async function readPickedFile(file: File): Promise<string> {
  if (file.size > MAX_PACK_BYTES) throw new Error(translate('pack.tooLarge', { name: file.name, limit: MAX_PACK_BYTES / 1024 / 1024 }));
  return file.text();
}
