// The decoder against "Amazon EC2 instance type naming conventions" (Amazon EC2 Instance Types
// guide): family = series + generation + processor + capabilities, then a dot and the size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInstanceType, decodeSize, type DecodedInstanceType } from '~/lib/ec2/instance-name';
import { INSTANCE_SPECS } from '~/lib/ec2/instance-specs';
import { INSTANCE_SERIES, KNOWN_FAMILIES } from '~/lib/ec2/naming-data';

function decode(name: string): DecodedInstanceType {
  const result = decodeInstanceType(name);
  if (!result.ok) throw new Error(result.error);
  return result.decoded;
}

const summary = (d: DecodedInstanceType) => ({
  family: d.family,
  category: d.category,
  generation: d.generation,
  processor: d.processor,
  capabilities: d.capabilities.map((c) => c.letter),
  size: d.size.text,
  spec: d.spec,
});

describe('names from the lesson', () => {
  it.each([
    ['m7g.2xlarge', { family: 'm7g', category: 'General purpose', generation: 7, processor: 'AWS Graviton processors (Arm)', capabilities: [], size: '2xlarge', spec: { vcpus: 8, memoryGiB: 32 } }],
    ['c7i.large', { family: 'c7i', category: 'Compute optimized', generation: 7, processor: 'Intel processors', capabilities: [], size: 'large', spec: { vcpus: 2, memoryGiB: 4 } }],
    ['r6gd.4xlarge', { family: 'r6gd', category: 'Memory optimized', generation: 6, processor: 'AWS Graviton processors (Arm)', capabilities: ['d'], size: '4xlarge', spec: { vcpus: 16, memoryGiB: 128 } }],
    ['t3.micro', { family: 't3', category: 'General purpose', generation: 3, processor: null, capabilities: [], size: 'micro', spec: { vcpus: 2, memoryGiB: 1 } }],
    ['i4i.metal', { family: 'i4i', category: 'Storage optimized', generation: 4, processor: 'Intel processors', capabilities: [], size: 'metal', spec: { vcpus: 128, memoryGiB: 1024 } }],
    ['m7i-flex.large', { family: 'm7i-flex', category: 'General purpose', generation: 7, processor: 'Intel processors', capabilities: ['flex'], size: 'large', spec: { vcpus: 2, memoryGiB: 8 } }],
    ['u-6tb1.56xlarge', { family: 'u-6tb1', category: 'Memory optimized', generation: 1, processor: null, capabilities: [], size: '56xlarge', spec: { vcpus: 224, memoryGiB: 6144 } }],
  ])('%s', (name, expected) => {
    expect(summary(decode(name))).toEqual(expected);
  });

  it('c7gn.xlarge, the naming page\u2019s own example: series c, generation 7, processor g, capability n', () => {
    expect(decode('c7gn.xlarge').parts.map((p) => [p.text, p.role])).toEqual([
      ['c', 'series'],
      ['7', 'generation'],
      ['g', 'processor'],
      ['n', 'capability'],
      ['xlarge', 'size'],
    ]);
  });

  it('explains each capability letter, with e depending on the category', () => {
    const meaning = (name: string, letter: string) => decode(name).capabilities.find((c) => c.letter === letter)?.meaning;
    expect(meaning('r6gd.large', 'd')).toMatch(/^Instance store volumes/);
    expect(meaning('c6gn.large', 'n')).toMatch(/^Network and EBS optimized/);
    expect(meaning('r5b.large', 'b')).toMatch(/^Block storage optimization/);
    expect(meaning('z1d.large', 'd')).toMatch(/^Instance store/);
    expect(meaning('m5zn.large', 'z')).toBe('High CPU frequency');
    expect(meaning('dl2q.24xlarge', 'q')).toBe('Qualcomm inference accelerators');
    expect(meaning('x2iedn.xlarge', 'e')).toBe('Extra memory');
    expect(meaning('i3en.large', 'e')).toBe('Extra storage');
    expect(meaning('g6e.xlarge', 'e')).toBe('Extra GPU memory (or accelerator memory)');
  });

  it('multi-letter series and suffixes', () => {
    expect(decode('inf2.xlarge').series.prefix).toBe('inf');
    expect(decode('is4gen.xlarge').capabilities.map((c) => c.letter)).toEqual(['e', 'n']);
    expect(decode('hpc7g.16xlarge').category).toBe('High-performance computing');
    expect(decode('gr6.4xlarge').series.prefix).toBe('gr');
    expect(decode('mac2-m2pro.metal').capabilities).toEqual([{ letter: 'm2pro', meaning: 'Apple M2 Pro chip' }]);
    expect(decode('u7in-16tb.224xlarge').parts.map((p) => p.text)).toEqual(['u', '7', 'i', 'n', '-16tb', '224xlarge']);
    expect(decode('p6-b200.48xlarge').capabilities[0]?.meaning).toBe('NVIDIA Blackwell B200 GPUs');
  });

  it('accepts capitals and spaces around the name', () => {
    expect(decode('  M7G.2XLarge ').name).toBe('m7g.2xlarge');
  });

  it('knows vCPUs and memory only for types in its table, and says so otherwise', () => {
    expect(decode('inf2.xlarge').spec).toBeNull();
    expect(decode('m8g.24xlarge').spec).toBeNull();
  });
});

describe('helpful messages instead of crashes', () => {
  it.each([
    ['q5.large', 'family', 'No such family "q": EC2 families start with hpc, inf, trn, mac, dl, gr, im, is, vt, a, c, d, f, g, h, i, m, p, r, t, u, x, z.'],
    ['m7g.huge', 'size', 'Size "huge" is not an EC2 size; sizes look like nano, micro, small, medium, large, xlarge, 2xlarge, 4xlarge… or metal.'],
    ['m7g', 'size', '"m7g" has no size: an instance type is family.size, e.g. m7g.large.'],
    ['m7g.', 'size', 'The size is missing after the dot; sizes look like nano, micro, small, medium, large, xlarge, 2xlarge, 4xlarge… or metal.'],
    ['m7g.1xlarge', 'size', '"1xlarge" is not a size: write xlarge for one unit and 2xlarge, 4xlarge… for more.'],
    ['.large', 'family', 'The family is missing before the dot, e.g. m7g in m7g.large.'],
    ['m.large', 'family', '"m" has no generation number; a family is letters then a number, e.g. m7g or c6i.'],
    ['m7k.large', 'family', '"k" in "m7k" is not a capability letter; EC2 uses a (AMD), g (Graviton), i (Intel), then b, d, e, n, q, z.'],
    ['m7dg.large', 'family', 'In "m7dg", the processor letter "g" must come straight after the generation number (e.g. m7gd, not m7dg).'],
    ['m7i-turbo.large', 'family', '"-turbo" is not a suffix EC2 uses; known ones are -flex, -b200, -m2, -m2pro, -m1ultra, -m4, -m4pro and -<n>tb for high memory.'],
    ['m7g.large.x', 'name', '"m7g.large.x" has more than one dot; an instance type is family.size, e.g. m7g.large.'],
    ['m7g 2xlarge', 'name', 'Instance type names have no spaces, e.g. m7g.2xlarge.'],
    ['', 'name', 'Type an instance type such as m7g.2xlarge.'],
  ])('%j → %s: %s', (name, part, error) => {
    expect(decodeInstanceType(name)).toEqual({ ok: false, part, error });
  });

  it('a name that follows the convention but is not a known family is decoded with a warning', () => {
    const decoded = decode('m9z.large');
    expect(decoded.knownFamily).toBe(false);
    expect(decoded.notes[0]).toContain('may not exist');
  });

  it('previous generations are flagged', () => {
    expect(decode('m4.large').previousGeneration).toBe(true);
    expect(decode('m7g.large').previousGeneration).toBe(false);
  });
});

describe('sizes', () => {
  it.each(['nano', 'micro', 'small', 'medium', 'large', 'xlarge', '2xlarge', '48xlarge', 'metal', 'metal-24xl'])('%s is a size', (size) => {
    expect(decodeSize(size).ok).toBe(true);
  });
  it.each(['huge', 'XL', '0xlarge', '02xlarge', 'metal-xl', 'xxlarge'])('%s is not', (size) => {
    expect(decodeSize(size).ok).toBe(false);
  });
});

describe('data and properties', () => {
  it('every known family decodes by the convention', () => {
    for (const family of Object.keys(KNOWN_FAMILIES)) {
      const result = decodeInstanceType(`${family}.large`);
      expect(result.ok, family).toBe(true);
      if (result.ok) expect(result.decoded.knownFamily).toBe(true);
    }
  });

  it('every type in the spec table decodes, and its family keeps one memory-per-vCPU ratio (T families aside)', () => {
    const ratios = new Map<string, Set<number>>();
    for (const [name, spec] of INSTANCE_SPECS) {
      const decoded = decode(name);
      expect(decoded.spec).toEqual(spec);
      if (!decoded.family.startsWith('t') && !decoded.family.startsWith('u-')) {
        ratios.set(decoded.family, (ratios.get(decoded.family) ?? new Set()).add(spec.memoryGiB / spec.vcpus));
      }
    }
    for (const [family, set] of ratios) expect([...set], family).toHaveLength(1);
    expect(ratios.get('c7g')).toEqual(new Set([2]));
    expect(ratios.get('m7g')).toEqual(new Set([4]));
    expect(ratios.get('r7g')).toEqual(new Set([8]));
  });

  it('property: never throws; a decoded name is exactly its parts joined with one dot before the size', () => {
    const letters = fc.constantFrom(...'abcdefghimnopqrstuvxyz-.0123456789'.split(''), ...INSTANCE_SERIES.map((s) => s.prefix), 'xlarge', 'metal', 'flex', 'tb');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(letters, { maxLength: 8 }).map((parts) => parts.join(''))), (name) => {
        const result = decodeInstanceType(name);
        if (!result.ok) {
          expect(result.error).toMatch(/\S/);
          return;
        }
        const parts = result.decoded.parts;
        const family = parts.slice(0, -1).map((p) => p.text).join('');
        expect(`${family}.${parts.at(-1)?.text ?? ''}`).toBe(result.decoded.name);
        expect(result.decoded.generation).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });
});
