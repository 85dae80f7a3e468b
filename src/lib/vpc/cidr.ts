/**
 * IPv4 and CIDR arithmetic for the VPC subnet planner. Addresses are plain numbers (0 to 2³² − 1),
 * never bit-twiddled with `<<`/`>>>`, which work on signed 32-bit integers and break above
 * 128.0.0.0. Everything here is pure and exact: the planner's property tests rely on it.
 */

/** An IPv4 CIDR block: the network address as a number and the prefix length. */
export interface Cidr {
  readonly base: number;
  readonly prefix: number;
}

/** Number of addresses in one IPv4 address space. */
export const IPV4_SPACE = 2 ** 32;

/** Addresses AWS keeps in every subnet: network, VPC router (+1), DNS (+2), future use (+3), broadcast. */
export const AWS_RESERVED_PER_SUBNET = 5;

/** Smallest and largest prefix length AWS accepts for a VPC or subnet IPv4 block. */
export const AWS_PREFIX_RANGE = { min: 16, max: 28 } as const;

/** The three private ranges of RFC 1918. */
export const RFC1918: readonly Cidr[] = [
  { base: 10 * 2 ** 24, prefix: 8 },
  { base: 172 * 2 ** 24 + 16 * 2 ** 16, prefix: 12 },
  { base: 192 * 2 ** 24 + 168 * 2 ** 16, prefix: 16 },
];

/** Addresses in a block of the given prefix length. */
export function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

/** Addresses a subnet of this prefix length leaves for your resources once AWS takes its five. */
export function usableInSubnet(prefix: number): number {
  return blockSize(prefix) - AWS_RESERVED_PER_SUBNET;
}

/** Dotted-quad text of an address. */
export function formatIpv4(address: number): string {
  const parts: number[] = [];
  let rest = address;
  for (let i = 0; i < 4; i++) {
    parts.unshift(rest % 256);
    rest = Math.floor(rest / 256);
  }
  return parts.join('.');
}

/** `10.0.0.0/16` text of a block. */
export function formatCidr(cidr: Cidr): string {
  return `${formatIpv4(cidr.base)}/${cidr.prefix}`;
}

/** The last address of a block (its broadcast address). */
export function lastAddress(cidr: Cidr): number {
  return cidr.base + blockSize(cidr.prefix) - 1;
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.base >= outer.base && lastAddress(inner) <= lastAddress(outer);
}

/** True when the two blocks share at least one address. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base <= lastAddress(b) && b.base <= lastAddress(a);
}

/** The block of `prefix` length that contains `address` (host bits cleared). */
export function networkOf(address: number, prefix: number): Cidr {
  const size = blockSize(prefix);
  return { base: Math.floor(address / size) * size, prefix };
}

/** Parsed CIDR text, or the message to show at the field. */
export type CidrResult = { readonly ok: true; readonly cidr: Cidr } | { readonly ok: false; readonly error: string };

const CIDR_SHAPE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/**
 * Reads IPv4 CIDR notation strictly: four decimal octets 0–255 without leading zeros (which some
 * tools read as octal), a prefix 0–32, and no host bits set (10.0.0.1/16 is an address, not a
 * network; the message suggests the network it belongs to).
 */
export function parseCidr(raw: string): CidrResult {
  const text = raw.trim();
  if (text === '') return { ok: false, error: 'Enter an IPv4 CIDR block, e.g. 10.0.0.0/16.' };
  if (!text.includes('/')) return { ok: false, error: `Add a prefix length after a slash, e.g. ${text}/16.` };
  const match = CIDR_SHAPE.exec(text);
  if (!match) return { ok: false, error: `"${text}" is not IPv4 CIDR notation; write four numbers 0–255 and a prefix, e.g. 10.0.0.0/16.` };
  const octets = match.slice(1, 5).map((part) => part ?? '');
  for (const octet of octets) {
    if (octet.length > 1 && octet.startsWith('0')) return { ok: false, error: `Write "${octet}" without a leading zero.` };
    if (Number(octet) > 255) return { ok: false, error: `${octet} is not an address octet; each of the four numbers is 0–255.` };
  }
  const prefix = Number(match[5]);
  if (prefix > 32) return { ok: false, error: 'The prefix length is 0–32 for IPv4.' };
  const address = octets.reduce((sum, octet) => sum * 256 + Number(octet), 0);
  const network = networkOf(address, prefix);
  if (network.base !== address) {
    return {
      ok: false,
      error: `${text} has host bits set: the network of that address is ${formatCidr(network)}. Use it instead.`,
    };
  }
  return { ok: true, cidr: network };
}

/** True when the block lies inside one of the RFC 1918 private ranges. */
export function isRfc1918(cidr: Cidr): boolean {
  return RFC1918.some((range) => contains(range, cidr));
}

/**
 * Places blocks of the requested prefix lengths inside `within` without overlap: largest first, each
 * at the next address aligned to its own size. Taking them largest first means alignment never
 * leaves a gap, so the requests fit exactly when their sizes add up to no more than the space. The
 * result lists the blocks in request order, or null when they do not fit.
 */
export function packBlocks(within: Cidr, prefixes: readonly number[]): Cidr[] | null {
  const order = prefixes.map((prefix, index) => ({ prefix, index })).sort((a, b) => a.prefix - b.prefix || a.index - b.index);
  const out = new Array<Cidr>(prefixes.length);
  let next = within.base;
  const end = lastAddress(within);
  for (const { prefix, index } of order) {
    if (prefix < within.prefix) return null;
    const size = blockSize(prefix);
    const base = Math.ceil((next - within.base) / size) * size + within.base;
    if (base + size - 1 > end) return null;
    out[index] = { base, prefix };
    next = base + size;
  }
  return out;
}
