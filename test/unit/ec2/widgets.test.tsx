// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import Ec2NameDecoder from '~/widgets/Ec2NameDecoder';
import PurchaseOptions from '~/widgets/PurchaseOptions';
import { button, byLabel, click, description, type, mountWidgets } from '../widget-dom';

const mount = mountWidgets();

const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')?.textContent ?? '';

describe('Ec2NameDecoder', () => {
  it('decodes the starting name, m7g.2xlarge', async () => {
    const container = await mount(<Ec2NameDecoder />);
    const details = Object.fromEntries(
      [...container.querySelectorAll('.widget-details dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(details).toMatchObject({
      Family: 'm7g: General purpose',
      Category: 'General purpose',
      Generation: '7',
      Processor: 'AWS Graviton processors (Arm); this family uses AWS Graviton3',
      'Additional capabilities': 'None',
      'vCPUs and memory': '8 vCPUs, 32 GiB',
    });
    expect([...container.querySelectorAll('.ec2-legend li')].map((li) => li.textContent)).toEqual([
      'm Series: m: General purpose',
      '7 Generation: 7th generation',
      'g Processor: AWS Graviton processors (Arm)',
      '2xlarge Size: 2 × xlarge: about 2 times the vCPUs and memory of xlarge',
    ]);
  });

  it('explains an unknown family at the field, without a crash', async () => {
    const container = await mount(<Ec2NameDecoder />);
    const input = byLabel(container, 'Instance type');
    await type(input, 'q5.large');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toContain('No such family "q"');
    expect(live(container)).toBe('Fix the instance type to see what each part of the name means.');
    await type(input, 'm7g.huge');
    expect(description(input)).toContain('Size "huge" is not an EC2 size; sizes look like nano, micro, small, medium, large, xlarge, 2xlarge');
  });

  it('example buttons fill the field and decode capabilities', async () => {
    const container = await mount(<Ec2NameDecoder />);
    await click(button(container, 'r6gd.4xlarge'));
    expect(byLabel(container, 'Instance type').value).toBe('r6gd.4xlarge');
    expect(button(container, 'r6gd.4xlarge').getAttribute('aria-pressed')).toBe('true');
    expect(live(container)).toContain('d: Instance store volumes');
    expect(live(container)).toContain('16 vCPUs, 128 GiB');
    await click(button(container, 'u-6tb1.56xlarge'));
    expect(live(container)).toContain('6 TiB of memory');
  });
});

describe('PurchaseOptions', () => {
  it('shows the lesson example: $357.41 On-Demand, $192.67 for the cheapest mix', async () => {
    const container = await mount(<PurchaseOptions />);
    expect(live(container)).toContain('$357.41');
    expect(live(container)).toContain('$192.67');
    expect(live(container)).toContain('46% less than all On-Demand.');
    const rows = [...container.querySelectorAll('.po-table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows[0]).toEqual(['All On-Demand', '$357.41', '—', 'none']);
    expect(rows.at(-1)?.[0]).toBe('Cheapest mix');
    expect(container.textContent).toContain('Example prices for us-east-1 (US East (N. Virginia)), Linux, checked 2026-11-27.');
  });

  it('draws an accessible chart with the same numbers', async () => {
    const container = await mount(<PurchaseOptions />);
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('Monthly cost by purchase strategy');
    expect(svg?.querySelector('desc')?.textContent).toContain('All On-Demand: $357.41 a month');
    expect(svg?.querySelectorAll('rect')).toHaveLength(9);
  });

  it('validates as the user types and withholds the results', async () => {
    const container = await mount(<PurchaseOptions />);
    const spot = byLabel(container, 'Spot discount (% off On-Demand)');
    await type(spot, '95');
    expect(spot.getAttribute('aria-invalid')).toBe('true');
    expect(description(spot)).toContain('AWS quotes Spot savings of up to 90% off On-Demand: enter at most 90.');
    expect(live(container)).toBe('Fix the highlighted fields to compare the purchase options.');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('recalculates for another instance type and for longer peaks', async () => {
    const container = await mount(<PurchaseOptions />);
    await type(byLabel(container, 'Instance type'), 't3.medium');
    expect(live(container)).toContain('$182.21'); // 4,380 h × $0.0416
    await type(byLabel(container, 'Peak hours per day'), '12');
    expect(container.querySelector('.po-peak')?.textContent).toContain('above the lowest break-even, so committing to them too can pay off.');
    await type(byLabel(container, 'Longest commitment you accept'), 'none');
    expect(live(container)).toContain('Run the interruptible 30% of the work on Spot and pay On-Demand');
  });
});
