// Runs in the node environment: there is no window or document, as during Astro's server render.
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import S3StoragePlanner from '~/widgets/S3StoragePlanner';

it('S3StoragePlanner renders its comparison and main.tf on the server', () => {
  expect(typeof window).toBe('undefined');
  const html = renderToString(<S3StoragePlanner />);
  expect(html).toContain('S3 Glacier Instant Retrieval');
  expect(html).toContain('resource &quot;aws_s3_bucket_lifecycle_configuration&quot; &quot;main&quot; {');
  expect(html).not.toMatch(/NaN|Infinity/);
});
