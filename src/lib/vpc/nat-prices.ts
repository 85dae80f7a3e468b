/**
 * Example prices for the NAT gateway trade-off of the VPC subnet planner, US East (N. Virginia),
 * on-demand, in US dollars.
 *
 * Sources (as written down on 2026-11-27; prices change, and vary by Region):
 * - NAT gateway hour and GB processed: https://aws.amazon.com/vpc/pricing/ ($0.045 each in the
 *   US East Regions, the figure lesson 12.1 quotes).
 * - Public IPv4 address, charged per hour since February 2024 whether attached or idle, and a NAT
 *   gateway's Elastic IP is one: https://aws.amazon.com/vpc/pricing/ ("Public IPv4 Address" tab).
 * - Data transfer between Availability Zones in the same Region, $0.01/GB in each direction:
 *   https://aws.amazon.com/ec2/pricing/on-demand/ ("Data Transfer within the same AWS Region").
 */

/** The Region and date the figures below are examples for; the UI states both. */
export const NAT_PRICE_CONTEXT = { region: 'us-east-1', regionName: 'US East (N. Virginia)', checked: '2026-11-27' } as const;

/** Hours AWS bills in an average month. */
export const HOURS_PER_MONTH = 730;

/** Example on-demand prices, USD. */
export const NAT_PRICES = {
  /** Per NAT gateway per hour, whether traffic flows or not. */
  natGatewayHour: 0.045,
  /** Per GB the NAT gateway processes, in either direction. */
  natGatewayPerGb: 0.045,
  /** Per public IPv4 address per hour (each NAT gateway holds one Elastic IP). */
  publicIpv4Hour: 0.005,
  /** Per GB crossing between AZs: charged leaving one AZ and again entering the other. */
  crossAzPerGbEachWay: 0.01,
} as const;
