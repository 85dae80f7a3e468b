// Runs in the node environment: there is no window or document, as during Astro's server render.
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import RegionChooser from '~/widgets/RegionChooser';

it('RegionChooser renders its initial ranking on the server', () => {
  expect(typeof window).toBe('undefined');
  const html = renderToString(<RegionChooser />);
  expect(html).toContain('Europe (Spain)');
  expect(html).not.toMatch(/NaN|Infinity/);
});
