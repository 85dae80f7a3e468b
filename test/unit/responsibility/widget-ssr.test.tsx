// Runs in the node environment: there is no window or document, as during Astro's server render.
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import WhoManagesWhat from '~/widgets/WhoManagesWhat';

it('WhoManagesWhat renders the EC2 stack on the server', () => {
  expect(typeof window).toBe('undefined');
  const html = renderToString(<WhoManagesWhat />);
  expect(html).toContain('The guest operating system, including updates and security patches.');
  expect(html).toContain('you manage 6 of 10 layers');
});
