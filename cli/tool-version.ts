// The version `flowpack --version` prints and packs record as their generator. Imported rather than
// read from package.json at run time, so the standalone bundle carries it with no file beside it; the
// named import keeps the rest of package.json (its dependency lists) out of that bundle.
import { version } from '../package.json';

export const TOOL_VERSION: string = version;
