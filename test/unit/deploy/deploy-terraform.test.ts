/**
 * deploy/aws: the Terraform an instructor applies to host the course on S3 + CloudFront.
 * Every file must parse with HashiCorp's HCL parser and be exactly what `terraform fmt` writes;
 * then the merged configuration is checked for what a reviewer cares about (a private bucket
 * read only through origin access control, HTTPS, caching, the us-east-1 certificate, the
 * provider pin) and every argument is checked against the AWS provider schema fixture beside
 * this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from '@cdktn/hcl-tools';
import { parse } from '@cdktn/hcl2json';
import { beforeAll, describe, expect, it } from 'vitest';

// hcl2json returns plain JSON whose shape depends on the file; `any` keeps the assertions readable.
type Body = Record<string, any>;

const DEPLOY_DIR = fileURLToPath(new URL('../../../deploy/aws/', import.meta.url));

const tfFiles = readdirSync(DEPLOY_DIR)
  .filter((name) => name.endsWith('.tf'))
  .sort();
const testFiles = readdirSync(join(DEPLOY_DIR, 'tests'))
  .filter((name) => name.endsWith('.tftest.hcl'))
  .map((name) => `tests/${name}`);
const hclFiles = [...tfFiles, ...testFiles];
const read = (name: string): string => readFileSync(join(DEPLOY_DIR, name), 'utf8');

/** A configuration block kind (resource, data, output, variable…) merged across files. */
const MERGED_KINDS = ['resource', 'data', 'variable', 'output'] as const;

/** The whole module as one object, like Terraform sees it. */
interface Module {
  terraform: Body[];
  provider: Record<string, Body[]>;
  locals: Body[];
  resource: Record<string, Record<string, Body[]>>;
  data: Record<string, Record<string, Body[]>>;
  variable: Record<string, Body[]>;
  output: Record<string, Body[]>;
}

async function loadModule(): Promise<Module> {
  const module: Module = { terraform: [], provider: {}, locals: [], resource: {}, data: {}, variable: {}, output: {} };
  for (const name of tfFiles) {
    const parsed = (await parse(name, read(name))) as Body;
    module.terraform.push(...(parsed.terraform ?? []));
    module.locals.push(...(parsed.locals ?? []));
    for (const [type, blocks] of Object.entries<Body[]>(parsed.provider ?? {})) {
      (module.provider[type] ??= []).push(...blocks);
    }
    for (const kind of ['resource', 'data'] as const) {
      for (const [type, byName] of Object.entries<Record<string, Body[]>>(parsed[kind] ?? {})) {
        for (const [label, blocks] of Object.entries(byName)) {
          const target = (module[kind][type] ??= {});
          expect(target[label], `${kind} ${type}.${label} is declared twice`).toBeUndefined();
          target[label] = blocks;
        }
      }
    }
    for (const kind of ['variable', 'output'] as const) {
      for (const [label, blocks] of Object.entries<Body[]>(parsed[kind] ?? {})) {
        expect(module[kind][label], `${kind} ${label} is declared twice`).toBeUndefined();
        module[kind][label] = blocks;
      }
    }
  }
  return module;
}

/** The one block of resource (or data source) `type.name`. */
function only(group: Record<string, Record<string, Body[]>>, type: string, name: string): Body {
  const blocks = group[type]?.[name];
  expect(blocks, `${type}.${name} is declared`).toHaveLength(1);
  return blocks![0]!;
}

/** All blocks of one resource type, whatever their names. */
const allOf = (group: Record<string, Record<string, Body[]>>, type: string): Body[] => Object.values(group[type] ?? {}).flat();

const ref = (expression: string): string => '${' + expression + '}';

describe.each(hclFiles)('deploy/aws/%s', (name) => {
  it('parses with HashiCorp’s HCL parser', async () => {
    await expect(parse(name, read(name))).resolves.toBeTypeOf('object');
  });

  it('is exactly what terraform fmt writes', async () => {
    const text = read(name);
    expect(text).toBe(await format(text));
  });
});

describe('the AWS hosting module', () => {
  let m: Module;
  beforeAll(async () => {
    m = await loadModule();
  });

  it('has the expected files', () => {
    expect(tfFiles).toEqual(
      expect.arrayContaining(['versions.tf', 'variables.tf', 'main.tf', 's3.tf', 'cloudfront.tf', 'dns.tf', 'outputs.tf']),
    );
    expect(MERGED_KINDS.every((kind) => Object.keys(m[kind]).length > 0)).toBe(true);
  });

  it('pins the AWS provider to ~> 6.0 and Terraform to >= 1.6', () => {
    expect(m.terraform).toHaveLength(1);
    const terraform = m.terraform[0]!;
    expect(terraform.required_version).toBe('>= 1.6');
    expect(terraform.required_providers).toEqual([{ aws: { source: 'hashicorp/aws', version: '~> 6.0' } }]);
  });

  describe('the S3 bucket stays private', () => {
    it('blocks every kind of public access', () => {
      const block = only(m.resource, 'aws_s3_bucket_public_access_block', 'site');
      expect(block.bucket).toBe(ref('aws_s3_bucket.site.id'));
      for (const setting of ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets']) {
        expect(block[setting], setting).toBe(true);
      }
    });

    it('disables ACLs (BucketOwnerEnforced) and encrypts at rest', () => {
      const ownership = only(m.resource, 'aws_s3_bucket_ownership_controls', 'site');
      expect(ownership.rule).toEqual([{ object_ownership: 'BucketOwnerEnforced' }]);
      const sse = only(m.resource, 'aws_s3_bucket_server_side_encryption_configuration', 'site');
      expect(sse.rule[0].apply_server_side_encryption_by_default[0].sse_algorithm).toMatch(/^(AES256|aws:kms)$/);
    });

    it('has no website endpoint, no ACL resource and no public principal', () => {
      expect(m.resource.aws_s3_bucket_website_configuration).toBeUndefined();
      expect(m.resource.aws_s3_bucket_acl).toBeUndefined();
      expect(only(m.resource, 'aws_s3_bucket', 'site').acl).toBeUndefined();
      for (const name of tfFiles) expect(read(name), name).not.toMatch(/identifiers\s*=\s*\[\s*"\*"\s*\]/);
    });

    it('lets only this CloudFront distribution read it (service principal + aws:SourceArn)', () => {
      const policy = only(m.resource, 'aws_s3_bucket_policy', 'site');
      expect(policy.policy).toBe(ref('data.aws_iam_policy_document.site.json'));
      const statements: Body[] = only(m.data, 'aws_iam_policy_document', 'site').statement;
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.effect ?? 'Allow').toBe('Allow');
        expect(statement.principals).toEqual([{ type: 'Service', identifiers: ['cloudfront.amazonaws.com'] }]);
        expect(statement.condition).toHaveLength(1);
        const [condition] = statement.condition;
        expect(condition.test).toBe('StringEquals');
        expect(condition.variable.toLowerCase()).toBe('aws:sourcearn');
        expect(condition.values).toEqual([ref('aws_cloudfront_distribution.site.arn')]);
        for (const action of statement.actions) expect(['s3:GetObject', 's3:ListBucket']).toContain(action);
      }
      expect(statements.flatMap((statement) => statement.actions)).toContain('s3:GetObject');
    });

    it('makes versioning optional and force_destroy a variable', () => {
      expect(only(m.resource, 'aws_s3_bucket_versioning', 'site').count).toBe(ref('var.enable_versioning ? 1 : 0'));
      expect(only(m.resource, 'aws_s3_bucket', 'site').force_destroy).toBe(ref('var.force_destroy'));
      expect(m.variable.force_destroy?.[0]?.default).toBe(false);
    });
  });

  describe('CloudFront', () => {
    let distribution: Body;
    beforeAll(() => {
      distribution = only(m.resource, 'aws_cloudfront_distribution', 'site');
    });

    it('reads the bucket through origin access control (SigV4, always), never a legacy OAI', () => {
      const oac = only(m.resource, 'aws_cloudfront_origin_access_control', 'site');
      expect(oac).toMatchObject({ origin_access_control_origin_type: 's3', signing_behavior: 'always', signing_protocol: 'sigv4' });
      expect(distribution.origin).toHaveLength(1);
      const [origin] = distribution.origin;
      expect(origin.domain_name).toBe(ref('aws_s3_bucket.site.bucket_regional_domain_name'));
      expect(origin.origin_access_control_id).toBe(ref('aws_cloudfront_origin_access_control.site.id'));
      expect(origin.s3_origin_config).toBeUndefined();
      expect(m.resource.aws_cloudfront_origin_access_identity).toBeUndefined();
      for (const name of tfFiles) expect(read(name), name).not.toMatch(/origin_access_identity|s3_origin_config/);
    });

    it('serves index.html at the root and the course’s 404 page for missing files', () => {
      expect(distribution.enabled).toBe(true);
      expect(distribution.default_root_object).toBe('index.html');
      expect(distribution.custom_error_response).toEqual([
        expect.objectContaining({ error_code: 404, response_code: 404, response_page_path: '${var.course_base}404.html' }),
      ]);
    });

    it('redirects HTTP to HTTPS in every cache behaviour', () => {
      const behaviours: Body[] = [...distribution.default_cache_behavior, ...distribution.ordered_cache_behavior];
      expect(behaviours.length).toBe(2);
      for (const behaviour of behaviours) {
        expect(behaviour.viewer_protocol_policy).toBe('redirect-to-https');
        expect(behaviour.target_origin_id).toBe(ref('local.origin_id'));
        expect(behaviour.compress).toBe(true);
      }
    });

    it('caches hashed /_astro/* assets with the managed CachingOptimized policy', () => {
      expect(distribution.ordered_cache_behavior).toHaveLength(1);
      const [assets] = distribution.ordered_cache_behavior;
      expect(assets.path_pattern).toBe('${var.course_base}_astro/*');
      expect(assets.cache_policy_id).toBe(ref('data.aws_cloudfront_cache_policy.caching_optimized.id'));
      expect(only(m.data, 'aws_cloudfront_cache_policy', 'caching_optimized').name).toBe('Managed-CachingOptimized');
    });

    it('gives HTML a short edge cache of its own', () => {
      const [pages] = distribution.default_cache_behavior;
      expect(pages.cache_policy_id).toBe(ref('aws_cloudfront_cache_policy.html.id'));
      const html = only(m.resource, 'aws_cloudfront_cache_policy', 'html');
      expect(html.min_ttl).toBe(0);
      expect(html.max_ttl).toBe(ref('var.html_cache_seconds'));
      expect(m.variable.html_cache_seconds?.[0]?.default).toBeLessThanOrEqual(3600);
    });

    it('rewrites directory URLs with a viewer-request CloudFront Function', () => {
      const fn = only(m.resource, 'aws_cloudfront_function', 'rewrite');
      expect(fn.runtime).toBe('cloudfront-js-2.0');
      expect(fn.publish).toBe(true);
      expect(fn.code).toBe(ref('templatefile("${path.module}/functions/viewer-request.js", { base = var.course_base })'));
      const [pages] = distribution.default_cache_behavior;
      expect(pages.function_association).toEqual([
        { event_type: 'viewer-request', function_arn: ref('aws_cloudfront_function.rewrite.arn') },
      ]);
    });

    it('uses the default certificate, or the validated ACM one with SNI and TLS 1.2+', () => {
      expect(distribution.viewer_certificate).toEqual([
        {
          cloudfront_default_certificate: ref('local.custom_domain ? null : true'),
          acm_certificate_arn: ref('local.custom_domain ? aws_acm_certificate_validation.site[0].certificate_arn : null'),
          ssl_support_method: ref('local.custom_domain ? "sni-only" : null'),
          minimum_protocol_version: ref('local.custom_domain ? "TLSv1.2_2021" : null'),
        },
      ]);
      expect(distribution.aliases).toBe(ref('local.custom_domain ? [var.domain_name] : []'));
    });
  });

  describe('the optional custom domain', () => {
    it('is off by default: domain_name and hosted_zone_id default to null', () => {
      expect(m.variable.domain_name?.[0]).toMatchObject({ type: '${string}', default: null });
      expect(m.variable.hosted_zone_id?.[0]).toMatchObject({ type: '${string}', default: null });
      expect(m.locals.find((locals) => 'custom_domain' in locals)?.custom_domain).toBe(ref('var.domain_name != null'));
    });

    it('issues the certificate in us-east-1, where CloudFront reads certificates', () => {
      const aliased = (m.provider.aws ?? []).filter((provider) => provider.alias === 'us_east_1');
      expect(aliased).toHaveLength(1);
      expect(aliased[0]!.region).toBe('us-east-1');
      const certificate = only(m.resource, 'aws_acm_certificate', 'site');
      expect(certificate).toMatchObject({ provider: ref('aws.us_east_1'), validation_method: 'DNS', count: ref('local.custom_domain ? 1 : 0') });
      expect(certificate.lifecycle[0].precondition[0].condition).toBe(ref('var.hosted_zone_id != null'));
      const validation = only(m.resource, 'aws_acm_certificate_validation', 'site');
      expect(validation.provider).toBe(ref('aws.us_east_1'));
      expect(validation.validation_record_fqdns).toBe(ref('[for record in aws_route53_record.validation : record.fqdn]'));
    });

    it('validates through Route 53 records made from domain_validation_options', () => {
      const records = only(m.resource, 'aws_route53_record', 'validation');
      expect(records.for_each).toContain('aws_acm_certificate.site[*].domain_validation_options');
      expect(records).toMatchObject({ zone_id: ref('var.hosted_zone_id'), records: [ref('each.value.record')], allow_overwrite: true });
    });

    it('points A and AAAA alias records at the distribution', () => {
      const alias = only(m.resource, 'aws_route53_record', 'site');
      expect(alias.for_each).toBe(ref('local.custom_domain ? toset(["A", "AAAA"]) : toset([])'));
      expect(alias.alias).toEqual([
        {
          name: ref('aws_cloudfront_distribution.site.domain_name'),
          zone_id: ref('aws_cloudfront_distribution.site.hosted_zone_id'),
          evaluate_target_health: false,
        },
      ]);
    });
  });

  it('outputs the bucket, the distribution ID and the URL', () => {
    expect(Object.keys(m.output)).toEqual(expect.arrayContaining(['bucket_name', 'upload_target', 'distribution_id', 'url']));
    expect(m.output.bucket_name![0]!.value).toBe(ref('aws_s3_bucket.site.id'));
    expect(m.output.distribution_id![0]!.value).toBe(ref('aws_cloudfront_distribution.site.id'));
    expect(m.output.url![0]!.value).toBe('https://${local.site_host}${var.course_base}');
  });

  it('gives every variable a description and a type', () => {
    for (const [name, [variable]] of Object.entries(m.variable)) {
      expect(variable?.description, name).toBeTruthy();
      expect(variable?.type, name).toBeTruthy();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Argument names against the provider schema fixture.

interface SchemaArgument {
  readonly type?: string;
  readonly required?: boolean;
  readonly deprecated?: boolean;
  readonly block?: boolean;
  readonly max_items?: number | null;
  readonly arguments?: Record<string, SchemaArgument>;
}
const schema = JSON.parse(readFileSync(new URL('./aws-provider-schema.json', import.meta.url), 'utf8')) as {
  provider: { arguments: Record<string, SchemaArgument> };
  resources: Record<string, Record<string, SchemaArgument>>;
  data_sources: Record<string, Record<string, SchemaArgument>>;
};

/** Meta-arguments and meta-blocks Terraform accepts on every resource or data source. */
const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle']);

/** Problems with one parsed block body compared with its schema (empty = all good). */
function schemaProblems(body: Body, args: Record<string, SchemaArgument>, path: string, meta: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (meta.has(key)) continue;
    const arg = args[key];
    if (!arg) {
      problems.push(`${path}.${key}: not in the schema`);
      continue;
    }
    if (arg.deprecated) problems.push(`${path}.${key}: deprecated (removed or going in provider v6)`);
    if (arg.block) {
      if (!Array.isArray(value)) {
        problems.push(`${path}.${key}: is a block, written as an argument`);
        continue;
      }
      if (typeof arg.max_items === 'number' && value.length > arg.max_items) problems.push(`${path}.${key}: more than ${arg.max_items} blocks`);
      value.forEach((item: Body, index: number) => problems.push(...schemaProblems(item, arg.arguments ?? {}, `${path}.${key}[${index}]`, new Set())));
    }
  }
  for (const [key, arg] of Object.entries(args)) {
    if (arg.required && !(key in body)) problems.push(`${path}.${key}: required but missing`);
  }
  return problems;
}

describe('every argument exists in the AWS provider schema', () => {
  let m: Module;
  beforeAll(async () => {
    m = await loadModule();
  });

  it('in resources', () => {
    const problems: string[] = [];
    for (const [type, byName] of Object.entries(m.resource)) {
      const args = schema.resources[type];
      if (!args) {
        problems.push(`${type}: resource type not in the schema fixture`);
        continue;
      }
      for (const [name, blocks] of Object.entries(byName)) {
        for (const body of blocks) problems.push(...schemaProblems(body, args, `${type}.${name}`, META));
      }
    }
    expect(problems).toEqual([]);
  });

  it('in data sources', () => {
    const problems: string[] = [];
    for (const [type, byName] of Object.entries(m.data)) {
      const args = schema.data_sources[type];
      if (!args) {
        problems.push(`data.${type}: data source not in the schema fixture`);
        continue;
      }
      for (const [name, blocks] of Object.entries(byName)) {
        for (const body of blocks) problems.push(...schemaProblems(body, args, `data.${type}.${name}`, META));
      }
    }
    expect(problems).toEqual([]);
  });

  it('in provider blocks', () => {
    const problems = (m.provider.aws ?? []).flatMap((body, index) =>
      schemaProblems(body, schema.provider.arguments, `provider.aws[${index}]`, new Set(['alias'])),
    );
    expect(problems).toEqual([]);
  });

  it('catches a misspelt argument (the check itself works)', () => {
    const problems = schemaProblems(
      { bucket: 'x', block_public_acl: true, rule: [{}] },
      schema.resources.aws_s3_bucket_public_access_block!,
      'aws_s3_bucket_public_access_block.test',
      META,
    );
    expect(problems).toEqual(['aws_s3_bucket_public_access_block.test.block_public_acl: not in the schema', 'aws_s3_bucket_public_access_block.test.rule: not in the schema']);
    expect(schemaProblems({ acl: 'private' }, schema.resources.aws_s3_bucket!, 'aws_s3_bucket.test', META)).toEqual([
      'aws_s3_bucket.test.acl: deprecated (removed or going in provider v6)',
    ]);
  });
});
