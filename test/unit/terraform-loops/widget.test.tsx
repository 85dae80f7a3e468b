// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import CountVsForEach from '~/widgets/CountVsForEach';
import { button, byLabel, click, description, type, mountWidgets } from '../widget-dom';

const mountWidget = mountWidgets();
const mount = () => mountWidget(<CountVsForEach />);

const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')?.textContent ?? '';
/** Rows of the plan table of one side as "address action". */
const table = (container: HTMLElement, side: 0 | 1) =>
  [...(container.querySelectorAll('.cfe-table')[side]?.querySelectorAll('tbody tr') ?? [])].map(
    (tr) => `${tr.querySelector('th')?.textContent} ${tr.querySelector('.cfe-action')?.textContent}`,
  );

describe('CountVsForEach', () => {
  it('starts with the lesson list applied and nothing to do', async () => {
    const container = await mount();
    expect(live(container)).toBe(
      'With count: No changes. Your infrastructure matches the configuration.With for_each: No changes. Your infrastructure matches the configuration.',
    );
    expect(table(container, 0)).toEqual([
      'aws_cloudwatch_log_group.service[0] no change',
      'aws_cloudwatch_log_group.service[1] no change',
      'aws_cloudwatch_log_group.service[2] no change',
    ]);
  });

  it('removing billing shifts count indexes but touches one for_each key', async () => {
    const container = await mount();
    await click(button(container, 'Remove billing'));
    expect(live(container)).toContain('With count: Plan: 2 to add, 0 to change, 3 to destroy.');
    expect(live(container)).toContain('With for_each: Plan: 0 to add, 0 to change, 1 to destroy.');
    expect(table(container, 0)).toEqual([
      'aws_cloudwatch_log_group.service[0] -/+ replace',
      'aws_cloudwatch_log_group.service[1] -/+ replace',
      'aws_cloudwatch_log_group.service[2] - destroy',
    ]);
    expect(table(container, 1)).toEqual([
      'aws_cloudwatch_log_group.service["billing"] - destroy',
      'aws_cloudwatch_log_group.service["orders"] no change',
      'aws_cloudwatch_log_group.service["search"] no change',
    ]);
    // Focus moves to the name that took the removed row's place.
    expect(document.activeElement).toBe(byLabel(container, 'Name 1'));
    expect(byLabel(container, 'Name 1').value).toBe('orders');
  });

  it('with a Name tag the count plan updates in place instead', async () => {
    const container = await mount();
    await type(byLabel(container, 'Example resource'), 'instance-tag');
    await click(button(container, 'Remove billing'));
    expect(live(container)).toContain('With count: Plan: 0 to add, 2 to change, 1 to destroy.');
    expect(container.textContent).toContain('aws_instance.web["billing"]');
  });

  it('reordering changes nothing for for_each; applying makes the new order the state', async () => {
    const container = await mount();
    await click(button(container, 'Move search up'));
    expect(document.activeElement).toBe(button(container, 'Move search up'));
    expect(live(container)).toContain('With count: Plan: 2 to add, 0 to change, 2 to destroy.');
    expect(live(container)).toContain('With for_each: No changes.');
    await click(button(container, 'Apply this list'));
    expect(container.textContent).toContain('In state (last applied): billing, search, orders.');
    expect(live(container)).toContain('With count: No changes.');
    expect(button(container, 'Apply this list').disabled).toBe(true);
  });

  it('shows the error at the name and withholds the plans for an invalid or duplicate name', async () => {
    const container = await mount();
    const second = byLabel(container, 'Name 2');
    await type(second, 'billing');
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(description(second)).toContain('"billing" is already in the list');
    expect(live(container)).toBe('Fix the highlighted names to see the plans.');
    expect(button(container, 'Apply this list').disabled).toBe(true);
    await type(second, 'new orders');
    expect(description(second)).toBe('Use only letters, digits, hyphens (-), underscores (_) and dots (.).');
  });

  it('adds a name, focusing it, and shows the create in both plans', async () => {
    const container = await mount();
    await click(button(container, 'Add a name'));
    expect(document.activeElement).toBe(byLabel(container, 'Name 4'));
    expect(live(container)).toContain('With count: Plan: 1 to add, 0 to change, 0 to destroy.');
    expect(container.querySelector('details pre')?.textContent).toContain('# aws_cloudwatch_log_group.service[3] will be created');
    await click(button(container, 'Undo edits'));
    expect(live(container)).toContain('With count: No changes.');
  });
});
