// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import S3StoragePlanner from '~/widgets/S3StoragePlanner';
import { button, byLabel, click, description, type, mountWidgets } from '../widget-dom';

const mountWidget = mountWidgets();
const mount = () => mountWidget(<S3StoragePlanner />);

const verdict = (container: HTMLElement) => container.querySelector('.widget-output[aria-live="polite"]')?.textContent ?? '';
const code = (container: HTMLElement) => container.querySelector('pre.widget-code')?.textContent ?? null;
const rows = (container: HTMLElement) =>
  [...container.querySelectorAll('.s3-table tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()));

describe('S3StoragePlanner', () => {
  it('compares all seven classes for the example and highlights the cheapest', async () => {
    const container = await mount();
    expect(verdict(container)).toContain('Cheapest over 365 days: S3 Glacier Instant Retrieval, $144.61 in total.');
    const table = rows(container);
    expect(table.map((row) => row[0])).toEqual([
      'S3 Standard',
      'S3 Intelligent-Tiering',
      'S3 Standard-IA',
      'S3 One Zone-IA',
      'S3 Glacier Instant RetrievalCheapest',
      'S3 Glacier Flexible Retrieval',
      'S3 Glacier Deep Archive',
    ]);
    expect(table[0]?.slice(1, 3)).toEqual(['$44.93', '$556.65 incl. $10.00 upload']);
    expect(table[6]?.[3]).toContain('+40 KB index data per object');
    expect(container.textContent).toContain('Example prices for US East (N. Virginia) (us-east-1), first pricing tier, as of 2026-11-27; prices change.');
  });

  it('shows the default lifecycle policy as main.tf with copy and download', async () => {
    const container = await mount();
    expect(code(container)).toContain('storage_class = "STANDARD_IA"');
    expect(code(container)).toContain('filter {}');
    expect(button(container, 'Copy main.tf')).toBeTruthy();
    expect(button(container, 'Download main.tf')).toBeTruthy();
    expect(container.querySelector('.s3-policy-cost')?.textContent).toContain('against $556.65 with everything in S3 Standard.');
  });

  it('"Use" on a class builds the policy from that choice and moves focus to it', async () => {
    const container = await mount();
    await click(button(container, 'Use S3 Glacier Deep Archive'));
    const target = byLabel<HTMLSelectElement>(container, 'Move objects to');
    expect(target.value).toBe('DEEP_ARCHIVE');
    expect(document.activeElement).toBe(target);
    expect(byLabel(container, 'Transition after (days)').value).toBe('0');
    expect(byLabel(container, 'Delete after (days)').value).toBe('365');
    expect(code(container)).toMatch(/days\s+= 0\s+storage_class = "DEEP_ARCHIVE"/);
  });

  it('validates the workload as the user types, without NaN', async () => {
    const container = await mount();
    const count = byLabel(container, 'Number of objects');
    await type(count, 'many');
    expect(count.getAttribute('aria-invalid')).toBe('true');
    expect(description(count)).toBe('"many" is not a number; use digits, e.g. 30.');
    expect(verdict(container)).toBe('Fix the highlighted fields to compare the storage classes.');
    expect(container.querySelector('.s3-table')).toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('refuses a transition to Standard-IA before 30 days and withholds main.tf', async () => {
    const container = await mount();
    const days = byLabel(container, 'Transition after (days)');
    await type(days, '7');
    expect(description(days)).toContain('S3 only moves objects to S3 Standard-IA once they are at least 30 days old; enter 30 or more.');
    expect(code(container)).toBeNull();
    expect(container.querySelector('.widget-summary a')?.textContent).toBe('Transition after');
  });

  it('warns that small objects do not transition, at the transition field', async () => {
    const container = await mount();
    await type(byLabel(container, 'Average object size'), '40');
    await type(byLabel(container, 'Unit for Average object size'), 'KB');
    const days = byLabel(container, 'Transition after (days)');
    expect(days.getAttribute('aria-invalid')).toBeNull();
    expect(description(days)).toContain('by default S3 Lifecycle does not transition objects smaller than 128 KB');
    expect(container.querySelector('.s3-policy-cost')?.textContent).toContain('no object transitions');
  });
});
