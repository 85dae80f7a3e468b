// Runs in the node environment: there is no window or document, as during Astro's server render.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import IamPolicyEvaluator from '~/widgets/IamPolicyEvaluator';

describe('server rendering', () => {
  it('renders the first example with its decision on the server', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<IamPolicyEvaluator />);
    expect(html).toContain('<section class="widget not-content"');
    expect(html).toContain('Denied: explicit deny');
    expect(html).toContain('DenyS3Logs');
    expect(html).not.toMatch(/NaN|undefined/);
  });
});
