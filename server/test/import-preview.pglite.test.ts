import { describe } from 'vitest';
import { describeImportPreview } from './import-preview.suite';

describe('import previews against generated tenants, embedded PGlite store', () => describeImportPreview('pglite'));
