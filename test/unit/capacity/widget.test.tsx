// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import CapacityVsDemand from '~/widgets/CapacityVsDemand';
import { byLabel, click, description, type, mountWidgets } from '../widget-dom';

const mountWidget = mountWidgets();
const mount = () => mountWidget(<CapacityVsDemand />);

const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')?.textContent ?? '';
const card = (container: HTMLElement, title: string) =>
  [...container.querySelectorAll('.widget-card')].find((el) => el.querySelector('h4')?.textContent === title)?.textContent ?? '';

describe('CapacityVsDemand', () => {
  it("shows lesson 1.6's day: 288 server-hours sized for the peak, 132 elastic (46%)", async () => {
    const container = await mount();
    expect(card(container, 'Fixed, sized for the peak')).toMatch(/100%of the cost.*12 servers all day.*Server-hours per day\s*288/);
    expect(card(container, 'Elastic, follows demand')).toMatch(/46%.*2 to 12 servers.*Server-hours per day\s*132.*Requests turned away\s*none/);
    expect(card(container, 'Fixed, sized for the average')).toContain('Requests turned away 43.2 million (18%)');
  });

  it('a scale-out delay makes the elastic fleet turn requests away', async () => {
    const container = await mount();
    await type(byLabel(container, 'Scale-out delay (minutes)'), '10');
    expect(card(container, 'Elastic, follows demand')).toContain('Requests turned away 3 million (1.3%)');
    expect(card(container, 'Elastic, follows demand')).toContain('Turns customers away when demand outgrows it.');
  });

  it('draws the chart with a text alternative and a data table', async () => {
    const container = await mount();
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('Demand and capacity over one day');
    expect(svg?.querySelector('desc')?.textContent).toContain('Demand ranges from 1,000 to 6,000 requests per second.');
    expect(svg?.querySelectorAll('path')).toHaveLength(4);
    const rows = [...container.querySelectorAll('.cvd-table tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(rows[2]).toEqual(['18:00', '22:00', '6,000', '12', '6', '12']);
  });

  it('shows the error at the field instead of NaN and withholds the results', async () => {
    const container = await mount();
    const servers = byLabel(container, 'Requests/s one server handles');
    await type(servers, '0');
    expect(servers.getAttribute('aria-invalid')).toBe('true');
    expect(description(servers)).toBe('Must be more than 0.');
    expect(live(container)).toBe('Fix the highlighted fields to see the fleets and the chart.');
    expect(container.querySelector('svg')).toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('steady traffic hides the peak multiplier and makes every fleet the same', async () => {
    const container = await mount();
    await click(byLabel(container, 'Steady'));
    expect(() => byLabel(container, 'Peak multiplier')).toThrow();
    expect(container.textContent).toContain('Steady traffic has no peak');
    const costs = [...container.querySelectorAll('.widget-figure-number')].map((el) => el.textContent);
    expect(costs).toEqual(['100%', '100%', '100%']);
  });

  it('the seasonal pattern talks about a year', async () => {
    const container = await mount();
    await click(byLabel(container, 'Seasonal spike'));
    expect(live(container)).toContain('Server-hours per year');
    expect(container.querySelector('svg title')?.textContent).toBe('Demand and capacity over one year');
  });
});
