import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ALL_CATALOGS } from '../../../shared/catalog/registry';
import { hasOwnIcon, stepIconBadge } from './step-icon';

describe('step icons', () => {
  it('every step type of every profile has an icon of its own, never the neutral diamond', () => {
    const missing = ALL_CATALOGS.flatMap((catalog) => catalog.types.filter((type) => !hasOwnIcon(type.icon)).map((type) => `${catalog.profile}/${type.type}: ${type.icon}`));
    expect(missing).toEqual([]);
  });

  it('the Wait step’s hourglass is drawn as an outline, not a symbol the common fonts lack (it showed as an empty box)', () => {
    const waits = ALL_CATALOGS.flatMap((catalog) => catalog.types.filter((type) => type.type === 'wait'));
    expect(waits.length).toBeGreaterThan(0);
    for (const wait of waits) {
      const markup = renderToStaticMarkup(stepIconBadge(wait.icon, 'step'));
      expect(markup).toContain('<svg');
      expect(markup).not.toContain('⧗');
    }
  });
});
