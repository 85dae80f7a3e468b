// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import DynamoDbCapacity from '~/widgets/DynamoDbCapacity';
import { byLabel, click, description, type, mountWidgets } from '../widget-dom';

const mountWidget = mountWidgets();
const mount = () => mountWidget(<DynamoDbCapacity />);

const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')?.textContent ?? '';

describe('DynamoDbCapacity', () => {
  it('works the default example: units, both monthly costs, the cheaper mode and the break-even', async () => {
    const container = await mount();
    const text = live(container);
    expect(text).toContain('100 read units/s');
    expect(text).toContain('200 write units/s');
    expect(text).toContain('Provisioned at 70% 143 RCU');
    expect(text).toContain('Provisioned at 70% 286 WCU');
    expect(text).toContain('$361.35');
    expect(text).toContain('$149.28');
    expect(text).toContain('Provisioned is cheaper by $212.07 a month.');
    expect(text).toContain('more than 28.9% of it');
    expect(container.textContent).toContain('Example prices for US East (N. Virginia) (us-east-1)');
  });

  it('strong consistency doubles the read units; transactional writes double the write units', async () => {
    const container = await mount();
    await type(byLabel(container, 'Read consistency'), 'strong');
    expect(live(container)).toContain('200 read units/s');
    await click(byLabel(container, 'Writes are transactional (TransactWriteItems)'));
    expect(live(container)).toContain('400 write units/s');
  });

  it('low utilisation of provisioned capacity makes on-demand the cheaper mode', async () => {
    const container = await mount();
    await type(byLabel(container, 'Provisioned target utilisation (%)'), '20');
    expect(live(container)).toMatch(/On-demand is cheaper by \$[\d.,]+ a month\./);
  });

  it('shows an error at the field instead of NaN', async () => {
    const container = await mount();
    const size = byLabel(container, 'Item size (KB)');
    await type(size, '500');
    expect(size.getAttribute('aria-invalid')).toBe('true');
    expect(description(size)).toBe('Up to 400 KB. Reads count in 4 KB steps, writes in 1 KB steps. Must be at most 400.');
    expect(live(container)).toBe('Fix the highlighted fields to see the capacity and the costs.');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
