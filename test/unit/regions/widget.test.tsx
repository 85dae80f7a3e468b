// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import RegionChooser from '~/widgets/RegionChooser';
import { button, byLabel, click, description, type, mountWidgets } from '../widget-dom';

const mountWidget = mountWidgets();
const mount = () => mountWidget(<RegionChooser />);

const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')?.textContent ?? '';
const headings = (container: HTMLElement) => [...container.querySelectorAll('.widget-ranking h4')].map((h) => h.textContent);

describe('RegionChooser', () => {
  it('ranks Europe (Spain) first for the lesson example and flags it as opt-in', async () => {
    const container = await mount();
    expect(headings(container)[0]).toBe('1. Europe (Spain) eu-south-2Best fitOpt-in Region');
    expect(headings(container)).toHaveLength(5);
    expect(live(container)).toContain('6 of 34 Regions fit the EU rule. Closest first:');
    expect(live(container)).toMatch(/About \d+ ms average round trip to your users; worst: (Lisbon|Paris)/);
  });

  it('needs shares that add up to 100% and says so at the list', async () => {
    const container = await mount();
    await type(byLabel(container, 'Share of users in city 1 (%)'), '50');
    const error = container.querySelector('.widget-error')?.textContent;
    expect(error).toBe('The shares add up to 90%; make them add up to 100%.');
    expect(container.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe(container.querySelector('.widget-error')?.id);
    expect(live(container)).toBe('Fix the highlighted fields to see the ranking.');
  });

  it('shows a message at the field for a bad share or factor, never NaN', async () => {
    const container = await mount();
    const factor = byLabel(container, 'Routing overhead factor');
    await type(factor, 'fast');
    expect(factor.getAttribute('aria-invalid')).toBe('true');
    expect(description(factor)).toContain('"fast" is not a number');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('requiring App Runner moves the ranking to Regions that offer it', async () => {
    const container = await mount();
    await click(byLabel(container, 'AWS App Runner'));
    expect(headings(container)).toEqual(['1. Europe (Paris) eu-west-3Best fit', '2. Europe (Ireland) eu-west-1', '3. Europe (Frankfurt) eu-central-1']);
  });

  it('explains when nothing fits', async () => {
    const container = await mount();
    await type(byLabel(container, 'Data must stay in'), 'country');
    await type(byLabel(container, 'Country'), 'ES');
    await click(byLabel(container, 'Amazon Connect'));
    expect(live(container)).toBe(
      'No Region that meets the residency rule offers Amazon Connect. Drop that service, relax the residency rule, or plan for a cross-Region design.',
    );
  });

  it('adds a city (focusing it) and removes one', async () => {
    const container = await mount();
    await type(byLabel(container, 'Share of users in city 1 (%)'), '40');
    await click(button(container, 'Add a city'));
    const city4 = byLabel<HTMLSelectElement>(container, 'City 4');
    expect(document.activeElement).toBe(city4);
    expect(byLabel(container, 'Share of users in city 4 (%)').value).toBe('20');
    await type(city4, 'new-york');
    expect(live(container)).toContain('worst: New York');
    await click(button(container, 'Remove city 4'));
    expect(() => byLabel(container, 'City 4')).toThrow();
  });

  it('lists every Region with its verdict in a table', async () => {
    const container = await mount();
    const rows = [...container.querySelectorAll('.rc-table tbody tr')];
    expect(rows).toHaveLength(34);
    const london = rows.find((tr) => tr.textContent?.includes('eu-west-2'));
    expect(london?.textContent).toContain('Ruled out: Data would be stored outside the EU (United Kingdom).');
  });
});
