/**
 * What hcl2json must return for the planner's main.tf, built from the plan model alone (not from the
 * generator), so comparing the two checks the generator field by field. Strings go through
 * `literal`, references and calls are written the way hcl2json writes expressions.
 */

import { literal } from '../terraform/hcl-json';
import { formatCidr } from '~/lib/vpc/cidr';
import type { VpcPlan } from '~/lib/vpc/subnet-plan';

const expr = (text: string) => '${' + text + '}';

export function expectedVpcJson(plan: VpcPlan): Record<string, unknown> {
  const name = (what: string) => literal(`${plan.name}-${what}`);
  const resource: Record<string, Record<string, unknown[]>> = {};
  const put = (type: string, key: string, body: unknown) => ((resource[type] ??= {})[key] = [body]);
  const hasPublic = plan.tiers.includes('public');
  const vpcId = expr('aws_vpc.main.id');

  put('aws_vpc', 'main', { cidr_block: formatCidr(plan.vpc), enable_dns_support: true, enable_dns_hostnames: true, tags: { Name: name('vpc') } });
  if (hasPublic) put('aws_internet_gateway', 'main', { vpc_id: vpcId, tags: { Name: name('igw') } });
  for (const s of plan.subnets) {
    const key = `${s.tier}_${s.az + 1}`;
    put('aws_subnet', key, {
      vpc_id: vpcId,
      cidr_block: formatCidr(s.cidr),
      availability_zone: expr(`element(local.azs, ${s.az})`),
      ...(s.tier === 'public' ? { map_public_ip_on_launch: true } : {}),
      tags: { Name: name(`${s.tier}-${s.az + 1}`), Tier: s.tier },
    });
  }
  const table = (key: string, what: string) => put('aws_route_table', key, { vpc_id: vpcId, tags: { Name: name(what) } });
  const associate = (tier: string, az: number, tableKey: string) =>
    put('aws_route_table_association', `${tier}_${az + 1}`, {
      subnet_id: expr(`aws_subnet.${tier}_${az + 1}.id`),
      route_table_id: expr(`aws_route_table.${tableKey}.id`),
    });
  const azs = Array.from({ length: plan.azCount }, (_, i) => i);
  if (hasPublic) {
    table('public', 'public');
    put('aws_route', 'public_internet', {
      route_table_id: expr('aws_route_table.public.id'),
      destination_cidr_block: '0.0.0.0/0',
      gateway_id: expr('aws_internet_gateway.main.id'),
    });
    azs.forEach((az) => associate('public', az, 'public'));
  }
  const gateways = plan.nat === 'none' ? 0 : plan.nat === 'single' ? 1 : plan.azCount;
  for (let i = 1; i <= gateways; i++) {
    put('aws_eip', `nat_${i}`, { domain: 'vpc', tags: { Name: name(`nat-${i}`) } });
    put('aws_nat_gateway', `nat_${i}`, {
      allocation_id: expr(`aws_eip.nat_${i}.id`),
      subnet_id: expr(`aws_subnet.public_${i}.id`),
      tags: { Name: name(`nat-${i}`) },
      depends_on: [expr('aws_internet_gateway.main')],
    });
  }
  if (plan.tiers.includes('private')) {
    if (plan.nat === 'per-az') {
      azs.forEach((az) => {
        table(`private_${az + 1}`, `private-${az + 1}`);
        put('aws_route', `private_${az + 1}_nat`, {
          route_table_id: expr(`aws_route_table.private_${az + 1}.id`),
          destination_cidr_block: '0.0.0.0/0',
          nat_gateway_id: expr(`aws_nat_gateway.nat_${az + 1}.id`),
        });
        associate('private', az, `private_${az + 1}`);
      });
    } else {
      table('private', 'private');
      if (plan.nat === 'single') {
        put('aws_route', 'private_nat', {
          route_table_id: expr('aws_route_table.private.id'),
          destination_cidr_block: '0.0.0.0/0',
          nat_gateway_id: expr('aws_nat_gateway.nat_1.id'),
        });
      }
      azs.forEach((az) => associate('private', az, 'private'));
    }
  }
  if (plan.tiers.includes('data')) {
    table('data', 'data');
    azs.forEach((az) => associate('data', az, 'data'));
  }
  return {
    terraform: [{ required_version: '>= 1.5.0', required_providers: [{ aws: { source: 'hashicorp/aws', version: '~> 6.0' } }] }],
    provider: { aws: [{ region: literal(plan.region) }] },
    data: {
      aws_availability_zones: {
        available: [{ state: 'available', filter: [{ name: 'opt-in-status', values: ['opt-in-not-required'] }] }],
      },
    },
    locals: [{ azs: expr(`slice(data.aws_availability_zones.available.names, 0, ${plan.azCount})`) }],
    resource,
  };
}
