// Runs in the node environment: there is no window or document, as during Astro's server render.
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import CountVsForEach from '~/widgets/CountVsForEach';

it('CountVsForEach renders the lesson list and both plans on the server', () => {
  expect(typeof window).toBe('undefined');
  const html = renderToString(<CountVsForEach />);
  expect(html).toContain('aws_cloudwatch_log_group.service</span>[&quot;billing&quot;]');
  expect(html).toContain('No changes. Your infrastructure matches the configuration.');
});
