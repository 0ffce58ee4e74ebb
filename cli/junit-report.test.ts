import { describe, expect, it } from 'vitest';
import { formatJunitReport, xmlText } from './junit-report';

describe('JUnit XML for CI systems', () => {
  it('escapes the five markup characters, so a test named with them cannot break the report', () => {
    expect(xmlText(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
  });

  it('writes characters XML 1.0 cannot hold (controls, lone surrogates) visibly, and keeps tabs, newlines and emoji', () => {
    expect(xmlText('bell\u0007 nul\u0000 lone\ud800 end')).toBe('bell\\u0007 nul\\u0000 lone\\ud800 end');
    expect(xmlText('tab\tline\nemoji 😀')).toBe('tab\tline\nemoji 😀');
  });

  it('reports an input that could not be read as a testsuite with an error, so CI does not show a silent pass', () => {
    const xml = formatJunitReport({ suites: [], problems: [{ path: 'a.flowtest.json', message: 'unexpected end', line: 3, column: 7 }] });
    expect(xml).toContain('<testsuites name="flowpack test" tests="1" failures="0" errors="1">');
    expect(xml).toContain('<error message="a.flowtest.json:3:7: unexpected end" type="UNREADABLE"/>');
  });
});
