// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import WhoManagesWhat from '~/widgets/WhoManagesWhat';
import { byLabel, type, mountWidgets } from '../widget-dom';

const mountWidget = mountWidgets();
const mount = () => mountWidget(<WhoManagesWhat />);

const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')?.textContent ?? '';
/** Each layer of the drawn stack as "name: owner". */
const stack = (container: HTMLElement) =>
  [...container.querySelectorAll('.wmw-layer')].map(
    (li) => `${li.querySelector('.wmw-layer__name')?.textContent}: ${li.querySelector('.wmw-badge')?.textContent}`,
  );

describe('WhoManagesWhat', () => {
  it('starts with EC2 compared with on-premises', async () => {
    const container = await mount();
    expect(live(container)).toContain('Amazon EC2: you manage 6 of 10 layers and AWS manages 4.');
    expect(live(container)).toContain(
      'Going from On-premises (your own data centre) to Amazon EC2 hands over (fully or partly): virtualisation; servers and storage; physical network; and facilities.',
    );
    expect(stack(container)).toEqual([
      'Data: You',
      'Identity and access: You',
      'Application: You',
      'Network and firewall configuration: You',
      'Runtime and middleware: You',
      'Operating system: You',
      'Virtualisation: AWS',
      'Servers and storage: AWS',
      'Physical network: AWS',
      'Facilities: AWS',
    ]);
    expect(container.textContent).toContain('The guest operating system, including updates and security patches.');
  });

  it('picking S3 hands the OS and platform to AWS and shares network access', async () => {
    const container = await mount();
    await type(byLabel(container, 'Service', 0), 's3');
    expect(stack(container)).toContain('Operating system: AWS');
    expect(stack(container)).toContain('Network and firewall configuration: Shared with AWS');
    expect(live(container)).toContain('Amazon S3: you manage 2 of 10 layers, 1 is shared with AWS and AWS manages 7.');
  });

  it('a SaaS product leaves you only data and access', async () => {
    const container = await mount();
    await type(byLabel(container, 'Service', 0), 'saas');
    await type(byLabel(container, 'Compare with'), 'ec2');
    expect(stack(container).filter((row) => row.endsWith(': You'))).toEqual(['Data: You', 'Identity and access: You']);
    expect(stack(container)).toContain('Application: SaaS provider');
    expect(live(container)).toContain('Fully yours in both: data; and identity and access.');
  });

  it('comparing a choice with itself asks for another', async () => {
    const container = await mount();
    await type(byLabel(container, 'Compare with'), 'ec2');
    expect(live(container)).toContain('Pick a different choice to compare with.');
  });

  it('has the whole matrix as a table with the chosen column marked', async () => {
    const container = await mount();
    const headers = [...container.querySelectorAll('.wmw-table thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Layer', 'On-premises', 'Amazon EC2', 'AWS Elastic Beanstalk', 'Amazon RDS', 'AWS Lambda', 'Amazon S3', 'A SaaS product']);
    expect(container.querySelector('.wmw-table th[aria-current="true"]')?.textContent).toBe('Amazon EC2');
    expect(container.querySelectorAll('.wmw-table tbody tr')).toHaveLength(10);
  });
});
