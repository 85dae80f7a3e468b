// Runs in the node environment: there is no window or document, as during Astro's server render.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import Ec2NameDecoder from '~/widgets/Ec2NameDecoder';
import PurchaseOptions from '~/widgets/PurchaseOptions';

describe('server rendering', () => {
  it('has no browser globals here', () => {
    expect(typeof window).toBe('undefined');
  });

  it.each([
    ['Ec2NameDecoder', <Ec2NameDecoder />, '8 vCPUs, 32 GiB'],
    ['PurchaseOptions', <PurchaseOptions />, '$192.67'],
  ])('%s renders its initial results on the server', (_, element, expected) => {
    const html = renderToString(element);
    expect(html).toContain(expected);
    expect(html).toContain('<section class="widget not-content"');
    expect(html).not.toMatch(/NaN|Infinity/);
  });
});
