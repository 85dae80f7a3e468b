import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockSize,
  contains,
  formatCidr,
  formatIpv4,
  isRfc1918,
  lastAddress,
  networkOf,
  overlaps,
  packBlocks,
  parseCidr,
  usableInSubnet,
  type Cidr,
} from '~/lib/vpc/cidr';

const cidr = (text: string): Cidr => {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.cidr;
};

describe('parseCidr', () => {
  it.each([
    ['10.0.0.0/16', '10.0.0.0/16'],
    [' 192.168.4.0/22 ', '192.168.4.0/22'],
    ['255.255.255.240/28', '255.255.255.240/28'],
    ['0.0.0.0/0', '0.0.0.0/0'],
  ])('reads %j as %s', (text, expected) => {
    expect(formatCidr(cidr(text))).toBe(expected);
  });

  it.each([
    ['', 'Enter an IPv4 CIDR block, e.g. 10.0.0.0/16.'],
    ['10.0.0.0', 'Add a prefix length after a slash, e.g. 10.0.0.0/16.'],
    ['10.0.0/16', '"10.0.0/16" is not IPv4 CIDR notation; write four numbers 0–255 and a prefix, e.g. 10.0.0.0/16.'],
    ['10.0.0.256/24', '256 is not an address octet; each of the four numbers is 0–255.'],
    ['10.01.0.0/16', 'Write "01" without a leading zero.'],
    ['10.0.0.0/33', 'The prefix length is 0–32 for IPv4.'],
    ['10.0.0.1/16', '10.0.0.1/16 has host bits set: the network of that address is 10.0.0.0/16. Use it instead.'],
    ['172.31.200.0/17', '172.31.200.0/17 has host bits set: the network of that address is 172.31.128.0/17. Use it instead.'],
    ['fd00::/8', '"fd00::/8" is not IPv4 CIDR notation; write four numbers 0–255 and a prefix, e.g. 10.0.0.0/16.'],
  ])('rejects %j: %s', (text, message) => {
    expect(parseCidr(text)).toEqual({ ok: false, error: message });
  });

  it('round-trips every valid block (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 32 }), (address, prefix) => {
        const network = networkOf(address, prefix);
        expect(parseCidr(formatCidr(network))).toEqual({ ok: true, cidr: network });
      }),
    );
  });
});

describe('address arithmetic', () => {
  it('works above 128.0.0.0, where 32-bit signed shifts would go negative', () => {
    expect(formatIpv4(2 ** 32 - 1)).toBe('255.255.255.255');
    expect(lastAddress(cidr('192.168.0.0/16'))).toBe(192 * 2 ** 24 + 168 * 2 ** 16 + 65_535);
  });

  it('counts addresses and what AWS leaves usable (5 reserved per subnet)', () => {
    expect(blockSize(16)).toBe(65_536);
    expect(usableInSubnet(24)).toBe(251);
    expect(usableInSubnet(28)).toBe(11);
  });

  it('tells containment and overlap apart', () => {
    expect(contains(cidr('10.0.0.0/16'), cidr('10.0.255.240/28'))).toBe(true);
    expect(contains(cidr('10.0.0.0/16'), cidr('10.1.0.0/24'))).toBe(false);
    expect(overlaps(cidr('10.0.0.0/23'), cidr('10.0.1.0/24'))).toBe(true);
    expect(overlaps(cidr('10.0.0.0/24'), cidr('10.0.1.0/24'))).toBe(false);
  });

  it('knows the RFC 1918 ranges, edges included', () => {
    expect(isRfc1918(cidr('172.16.0.0/16'))).toBe(true);
    expect(isRfc1918(cidr('172.31.240.0/20'))).toBe(true);
    expect(isRfc1918(cidr('172.32.0.0/16'))).toBe(false);
    expect(isRfc1918(cidr('100.64.0.0/16'))).toBe(false);
  });
});

describe('packBlocks', () => {
  it('places larger blocks first, each aligned to its size', () => {
    const blocks = packBlocks(cidr('10.0.0.0/16'), [24, 22, 24]);
    expect(blocks?.map(formatCidr)).toEqual(['10.0.4.0/24', '10.0.0.0/22', '10.0.5.0/24']);
  });

  it('fills the space exactly and refuses one block more', () => {
    expect(packBlocks(cidr('10.0.0.0/24'), [26, 26, 26, 26])?.map(formatCidr)).toEqual([
      '10.0.0.0/26',
      '10.0.0.64/26',
      '10.0.0.128/26',
      '10.0.0.192/26',
    ]);
    expect(packBlocks(cidr('10.0.0.0/24'), [26, 26, 26, 26, 28])).toBeNull();
    expect(packBlocks(cidr('10.0.0.0/24'), [23])).toBeNull();
  });

  it('property: blocks fit exactly when their sizes add up, never overlap and stay inside', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 28 }).chain((vpcPrefix) =>
          fc.tuple(fc.constant(vpcPrefix), fc.array(fc.integer({ min: vpcPrefix, max: 28 }), { minLength: 1, maxLength: 18 })),
        ),
        fc.integer({ min: 0, max: 255 }),
        ([vpcPrefix, prefixes], second) => {
          const vpc = networkOf(10 * 2 ** 24 + second * 2 ** 16, vpcPrefix);
          const blocks = packBlocks(vpc, prefixes);
          const demand = prefixes.reduce((sum, p) => sum + blockSize(p), 0);
          expect(blocks !== null).toBe(demand <= blockSize(vpcPrefix));
          if (!blocks) return;
          blocks.forEach((block, i) => {
            expect(block.prefix).toBe(prefixes[i]);
            expect(block.base % blockSize(block.prefix)).toBe(0);
            expect(contains(vpc, block)).toBe(true);
            for (const other of blocks.slice(i + 1)) expect(overlaps(block, other)).toBe(false);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
