// Runs in the node environment: there is no window or document, as during Astro's server render.
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import VpcSubnetPlanner from '~/widgets/VpcSubnetPlanner';

it('VpcSubnetPlanner renders its initial plan and main.tf on the server', () => {
  expect(typeof window).toBe('undefined');
  const html = renderToString(<VpcSubnetPlanner />);
  expect(html).toContain('10.0.12.0/24');
  expect(html).toContain('resource &quot;aws_vpc&quot; &quot;main&quot; {');
  expect(html).not.toMatch(/NaN|Infinity/);
});
