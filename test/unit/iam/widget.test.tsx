// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import IamPolicyEvaluator from '~/widgets/IamPolicyEvaluator';
import { button, byLabel, click, description, type, mountWidgets } from '../widget-dom';

const mountWidget = mountWidgets();
const mount = () => mountWidget(<IamPolicyEvaluator />);

const decision = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')?.textContent ?? '';

describe('IamPolicyEvaluator', () => {
  it('starts with the IAM User Guide example: explicitly denied by DenyS3Logs, with the steps', async () => {
    const container = await mount();
    expect(decision(container)).toContain('Denied: explicit deny');
    expect(decision(container)).toContain('statement 3 ("DenyS3Logs") of the identity-based policy explicitly denies s3:PutObject');
    expect([...container.querySelectorAll('.iam-step__title')].map((el) => el.textContent)).toEqual(['Explicit deny in any policy?']);
    const rows = [...container.querySelectorAll('.iam-table tbody tr')].map((tr) => tr.querySelector('th')?.textContent);
    expect(rows).toEqual(['1 (AllowS3ListRead)', '2 (AllowS3Self)', '3 (DenyS3Logs)', '1']);
    expect([...container.querySelectorAll('.iam-table caption')].map((c) => c.textContent)).toEqual(['Identity-based policy', 'Resource-based policy']);
  });

  it('re-evaluates as the request changes: his own bucket is allowed', async () => {
    const container = await mount();
    await type(byLabel(container, 'Resource ARN'), 'arn:aws:s3:::carlossalazar/notes.txt');
    expect(decision(container)).toContain('Allowed');
    expect([...container.querySelectorAll('.iam-step__title')].map((el) => el.textContent)).toEqual([
      'Explicit deny in any policy?',
      'Service control policy (SCP)',
      'Resource-based policy',
    ]);
  });

  it('reports malformed JSON with line and column at the field and in a summary that focuses it', async () => {
    const container = await mount();
    const identity = byLabel<HTMLTextAreaElement>(container, 'Identity-based policy');
    await type(identity, '{\n  "Version": "2012-10-17",\n  "Statement": [}\n}');
    expect(identity.getAttribute('aria-invalid')).toBe('true');
    expect(description(identity)).toContain("Line 3, column 17: Expected a value but found '}'.");
    expect(decision(container)).toContain('No decision yet: fix this problem first.');
    const link = container.querySelector<HTMLAnchorElement>('.widget-summary a');
    expect(link?.textContent).toBe('Identity-based policy');
    await click(link!);
    expect(document.activeElement).toBe(identity);
  });

  it('reports an unknown element with its statement, Sid and element', async () => {
    const container = await mount();
    const boundary = byLabel<HTMLTextAreaElement>(container, 'Permissions boundary');
    await type(boundary, '{"Version":"2012-10-17","Statement":[{"Sid":"Cap","Efect":"Allow","Action":"s3:*","Resource":"*"}]}');
    expect(description(boundary)).toContain('Line 1, column 51, statement 1 (Sid "Cap"), Efect: Unknown element "Efect"; did you mean "Effect"?');
  });

  it('loads an example scenario and explains what it shows', async () => {
    const container = await mount();
    await type(byLabel(container, 'Example scenario'), 'cross-account');
    await click(button(container, 'Load example'));
    expect(byLabel(container, 'Principal ARN').value).toBe('arn:aws:iam::444455556666:user/bob');
    expect(container.querySelector('[role="status"]')?.textContent).toContain('Loaded “Cross-account: both sides must allow”');
    expect(decision(container)).toContain('Denied: implicit deny');
    expect(decision(container)).toContain('Cross-account request');
  });

  it('adds a context key row, focuses it, and uses it in conditions', async () => {
    const container = await mount();
    await type(byLabel(container, 'Example scenario'), 'conditions');
    await click(button(container, 'Load example'));
    expect(decision(container)).toContain('Denied: implicit deny');
    await type(byLabel(container, 'Value 1'), 'true');
    expect(decision(container)).toContain('Allowed');
    await click(button(container, 'Add a context key'));
    const key = byLabel(container, 'Context key 5');
    expect(document.activeElement).toBe(key);
    await type(key, 'aws:SourceIp');
    await type(byLabel(container, 'Value 5'), 'not-an-ip');
    expect(byLabel(container, 'Value 5').getAttribute('aria-invalid')).toBe('true');
    await click(button(container, 'Remove context key 5'));
    expect(() => byLabel(container, 'Context key 5')).toThrow();
    expect(decision(container)).toContain('Allowed');
  });

  it('never shows NaN, undefined or a stack trace for hostile input', async () => {
    const container = await mount();
    await type(byLabel<HTMLTextAreaElement>(container, 'Resource-based policy'), '[[[[[[[[[[');
    await type(byLabel(container, 'Principal ARN'), '<script>');
    expect(container.textContent).not.toMatch(/NaN|undefined|TypeError|at Object\./);
    expect(byLabel(container, 'Principal ARN').getAttribute('aria-invalid')).toBe('true');
  });
});
