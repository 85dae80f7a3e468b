// Runs in the node environment: there is no window or document, as during Astro's server render.
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import DynamoDbCapacity from '~/widgets/DynamoDbCapacity';

it('DynamoDbCapacity renders its initial results on the server', () => {
  expect(typeof window).toBe('undefined');
  const html = renderToString(<DynamoDbCapacity />);
  expect(html).toContain('$361.35');
  expect(html).not.toMatch(/NaN|Infinity/);
});
