// Runs in the node environment: there is no window or document, as during Astro's server render.
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import CapacityVsDemand from '~/widgets/CapacityVsDemand';

it('CapacityVsDemand renders its initial results and chart on the server', () => {
  expect(typeof window).toBe('undefined');
  const html = renderToString(<CapacityVsDemand />);
  expect(html).toContain('Fixed, sized for the peak');
  expect(html).toContain('role="img"');
  expect(html).not.toMatch(/NaN|Infinity/);
});
