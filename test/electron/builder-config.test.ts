import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// electron-builder has no dry run and cannot package here without the Electron binary, so the
// configuration is checked with electron-builder's own loader and schema validation (the same
// code `npm run dist` runs first), then for what the product needs of it.

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

interface BuilderConfig {
  files?: string[] | { filter: string[] }[];
  electronFuses?: Record<string, boolean>;
  fileAssociations?: { ext: string }[];
  linux?: { target?: string[] };
  mac?: { target?: string[] };
  win?: { target?: string[] };
  asar?: boolean;
  extraResources?: { from: string; to: string }[];
}
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
}

// Resolved the way electron-builder itself resolves it, whatever npm hoisted.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const builderConfig = fromBuilder('app-builder-lib/out/util/config/config') as ConfigModule;
const quietLogger = { isEnabled: false, add() {} };

let config: BuilderConfig;
beforeAll(async () => {
  config = await builderConfig.getConfig(projectRoot, null, null);
});

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s own configuration validation', async () => {
    await expect(builderConfig.validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('would be caught by that validation if a fuse were misspelled (the check is real)', async () => {
    const misspelled = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    await expect(builderConfig.validateConfiguration(misspelled, quietLogger)).rejects.toThrow(/electronFuses/);
  });

  it('flips the fuses of the Electron security checklist, in an asar archive', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('packages the built app that package.json points at', () => {
    const patterns = (config.files ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.filter));
    expect(patterns).toEqual(expect.arrayContaining(['out/electron/**', 'out/renderer/**', 'package.json']));
    const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { main?: string };
    expect(packageJson.main).toBe('out/electron/main.cjs');
  });

  it('ships the documentation beside the archive, so Help > Documentation opens it offline', () => {
    expect(config.extraResources).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'docs', to: 'docs' })]));
  });

  it('associates flow and pack files and builds AppImage, deb, dmg and nsis', () => {
    expect(config.fileAssociations?.map((association) => association.ext)).toEqual(['flowpack', 'flow.json']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
  });
});
