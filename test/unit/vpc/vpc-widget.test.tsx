// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import VpcSubnetPlanner from '~/widgets/VpcSubnetPlanner';
import { button, byLabel, click, description, type, mountWidgets } from '../widget-dom';

const mountWidget = mountWidgets();
const mount = () => mountWidget(<VpcSubnetPlanner />);

const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')?.textContent ?? '';
const code = (container: HTMLElement) => container.querySelector('pre.widget-code')?.textContent ?? null;
const rows = (container: HTMLElement, label: string) =>
  [...(container.querySelector(`[aria-label="${label}"]`)?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
  );

describe('VpcSubnetPlanner', () => {
  it('lays out the default plan: nine subnets, usable counts, cidrsubnet() and a formatted main.tf', async () => {
    const container = await mount();
    expect(live(container)).toContain('9 subnets without overlap, using 4,608 of 65,536 addresses; 60,928 spare');
    expect(rows(container, 'Subnets table')[0]).toEqual(['Public, AZ 1', '10.0.12.0/24', '256', '251', 'cidrsubnet("10.0.0.0/16", 8, 12)']);
    expect(rows(container, 'Subnets table')[3]).toEqual(['Private (application), AZ 1', '10.0.0.0/22', '1,024', '1,019', 'cidrsubnet("10.0.0.0/16", 6, 0)']);
    expect(code(container)).toContain('resource "aws_nat_gateway" "nat_3" {');
    expect(button(container, 'Copy main.tf')).toBeTruthy();
    expect(button(container, 'Download main.tf')).toBeTruthy();
  });

  it('draws the address space as an accessible SVG with a text alternative', async () => {
    const container = await mount();
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('How the subnets fill 10.0.0.0/16');
    expect(svg?.querySelector('desc')?.textContent).toContain('Data (isolated) subnet in AZ 3: 10.0.17.0/24');
    expect(svg?.querySelectorAll('rect.vpc-bar__subnet')).toHaveLength(9);
  });

  it('shows an error at the CIDR field, withholds main.tf and links the summary to the field', async () => {
    const container = await mount();
    const cidr = byLabel(container, 'VPC CIDR block');
    await type(cidr, '10.0.0.1/16');
    expect(cidr.getAttribute('aria-invalid')).toBe('true');
    expect(description(cidr)).toContain('10.0.0.1/16 has host bits set: the network of that address is 10.0.0.0/16. Use it instead.');
    expect(code(container)).toBeNull();
    expect(container.querySelector('svg')).toBeNull();
    const link = container.querySelector<HTMLAnchorElement>('.widget-summary a');
    expect(link?.textContent).toBe('VPC CIDR block');
    await click(link!);
    expect(document.activeElement).toBe(cidr);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('says clearly when the subnets do not fit', async () => {
    const container = await mount();
    await type(byLabel(container, 'VPC CIDR block'), '10.0.0.0/22');
    expect(live(container)).toContain('The subnets do not fit: 3 × /24 + 3 × /22 + 3 × /24 need 4,608 addresses, but 10.0.0.0/22 has 1,024.');
  });

  it('warns about a public range without blocking the plan', async () => {
    const container = await mount();
    const cidr = byLabel(container, 'VPC CIDR block');
    await type(cidr, '100.64.0.0/16');
    expect(cidr.getAttribute('aria-invalid')).toBeNull();
    expect(description(cidr)).toContain('is not in a private RFC 1918 range');
    expect(code(container)).toContain('cidr_block           = "100.64.0.0/16"');
  });

  it('a single NAT gateway: one gateway in main.tf and the cross-AZ trade-off in the table', async () => {
    const container = await mount();
    await type(byLabel(container, 'NAT gateways'), 'single');
    expect(code(container)?.match(/resource "aws_nat_gateway"/g)).toHaveLength(1);
    const single = rows(container, 'NAT gateway options table')[1];
    expect(single?.[0]).toContain('Your choice');
    expect(single?.[2]).toBe('$42.33 ($36.50 hours and IPv4, $4.50 processing, $1.33 cross-AZ data)');
    expect(single?.[3]).toContain('private subnets in all 3 AZs lose outbound internet access');
  });

  it('fewer AZs and a smaller subnet size update the layout and the Terraform', async () => {
    const container = await mount();
    await type(byLabel(container, 'Availability Zones'), '2');
    await type(byLabel(container, 'Data (isolated) subnet size'), '28');
    expect(live(container)).toContain('6 subnets without overlap');
    expect(code(container)).toContain('azs = slice(data.aws_availability_zones.available.names, 0, 2)');
    expect(code(container)).toMatch(/cidr_block\s+= "10\.0\.10\.16\/28"/);
  });

  it('turning off the public tier while NAT gateways are chosen explains the conflict at the NAT field', async () => {
    const container = await mount();
    await click(byLabel(container, 'Public subnets'));
    const nat = byLabel<HTMLSelectElement>(container, 'NAT gateways');
    expect(nat.getAttribute('aria-invalid')).toBe('true');
    expect(description(nat)).toBe('A NAT gateway lives in a public subnet: turn on the public tier, or choose no NAT gateway.');
    await type(nat, 'none');
    expect(code(container)).not.toContain('aws_internet_gateway');
  });
});
