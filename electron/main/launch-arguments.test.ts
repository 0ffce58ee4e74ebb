import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLaunchArguments, readLaunchRequest } from './launch-arguments';

const cwd = resolve('/home/ana/work');

describe('reading what a launch asked to open', () => {
  it('finds the flow file a file association passes, in development and when packaged', () => {
    const development = ['/opt/electron/electron', '.', 'welcome.flow.json'];
    const packaged = ['/opt/Flowpack Studio/flowpack-studio', '/data/sales.FLOW.JSON'];
    expect(parseLaunchArguments(development, cwd)).toEqual({ workspace: null, files: [resolve(cwd, 'welcome.flow.json')] });
    expect(parseLaunchArguments(packaged, cwd)).toEqual({ workspace: null, files: ['/data/sales.FLOW.JSON'] });
  });

  it('takes the workspace folder in both spellings, relative to the working directory', () => {
    expect(parseLaunchArguments(['electron', '.', '--workspace', 'examples'], cwd).workspace).toBe(resolve(cwd, 'examples'));
    expect(parseLaunchArguments(['electron', '.', '--workspace=/srv/flows'], cwd).workspace).toBe('/srv/flows');
  });

  it('opens pack files too', () => {
    expect(parseLaunchArguments(['app', 'course.flowpack'], cwd).files).toEqual([resolve(cwd, 'course.flowpack')]);
  });

  it('ignores Chromium switches, the app folder, macOS process serials and other files', () => {
    const argv = [
      '/opt/electron/electron',
      '--inspect=0',
      '--remote-debugging-port=0',
      '-r',
      '/pw/loader.js',
      '.',
      '--original-process-start-time=1337',
      '-psn_0_12345',
      'notes.txt',
      '--no-sandbox',
    ];
    expect(parseLaunchArguments(argv, cwd)).toEqual({ workspace: null, files: [] });
  });

  it('does not take a switch as the workspace folder when the value is missing', () => {
    expect(parseLaunchArguments(['app', '--workspace', '--no-sandbox'], cwd).workspace).toBeNull();
    expect(parseLaunchArguments(['app', '--workspace'], cwd).workspace).toBeNull();
  });
});

describe('the launch request a second instance hands over', () => {
  it('is accepted when it has the expected shape', () => {
    const request = { workspace: null, files: ['/data/a.flow.json'] };
    expect(readLaunchRequest(request)).toEqual(request);
  });

  it('is dropped when malformed: relative paths, other file kinds, wrong types', () => {
    expect(readLaunchRequest(undefined)).toBeNull();
    expect(readLaunchRequest({ workspace: 'relative', files: [] })).toBeNull();
    expect(readLaunchRequest({ workspace: null, files: ['/etc/passwd'] })).toBeNull();
    expect(readLaunchRequest({ workspace: null, files: 'a.flow.json' })).toBeNull();
  });
});
