/**
 * deploy/aws/functions/viewer-request.js, the CloudFront Function that maps Astro's directory URLs
 * to <path>/index.html. Terraform fills in `${base}` with templatefile(); here the same substitution
 * is done by hand and the handler runs in Node on the event shape CloudFront Functions pass.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../../deploy/aws/functions/viewer-request.js', import.meta.url), 'utf8');

interface Request {
  uri: string;
  method: string;
  querystring: Record<string, { value: string }>;
  headers: Record<string, { value: string }>;
}
interface Redirect {
  statusCode: number;
  statusDescription: string;
  headers: { location: { value: string } };
}
type Handler = (event: { request: Request }) => Request | Redirect;

/** The function as CloudFront runs it for a given course_base. */
function handlerFor(base: string): Handler {
  const code = source.replace(/\$\{base\}/g, () => base);
  return new Function(`${code}\nreturn handler;`)() as Handler;
}

const run = (base: string, uri: string) =>
  handlerFor(base)({ request: { uri, method: 'GET', querystring: {}, headers: { host: { value: 'd111111abcdef8.cloudfront.net' } } } });

describe('the template', () => {
  it('has exactly one templatefile placeholder, ${base}', () => {
    expect(source.match(/\$\{/g)).toHaveLength(1);
    expect(source).toContain("var BASE = '${base}';");
    expect(source).not.toContain('%{'); // would be a templatefile directive
  });

  it('stays well under the 10 KB CloudFront Functions code limit', () => {
    expect(Buffer.byteLength(source)).toBeLessThan(10_240);
  });

  it('defines handler(event) with ES5 syntax only (no arrow functions, let/const or template literals)', () => {
    expect(source).toMatch(/^function handler\(event\) \{$/m);
    expect(source).not.toMatch(/=>|\blet\b|\bconst\b|`/);
  });
});

describe.each(['/', '/course/'])('with course_base %s', (base) => {
  const prefix = base.slice(0, -1); // "" or "/course"

  it('serves <dir>/index.html for a directory URL', () => {
    expect(run(base, `${prefix}/05-storage-s3/1-buckets-objects-keys/`)).toMatchObject({
      uri: `${prefix}/05-storage-s3/1-buckets-objects-keys/index.html`,
    });
    expect(run(base, `${base}`)).toMatchObject({ uri: `${base}index.html` });
  });

  it('redirects a page URL without its trailing slash (301)', () => {
    expect(run(base, `${prefix}/progress`)).toEqual({
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: `${prefix}/progress/` } },
    });
  });

  it('passes files through untouched', () => {
    for (const uri of [`${prefix}/_astro/index.DRrYMmNY.css`, `${prefix}/favicon.svg`, `${prefix}/404.html`, `${prefix}/pagefind/pagefind.js`]) {
      expect(run(base, uri)).toMatchObject({ uri });
    }
  });
});

describe('under a sub-path', () => {
  it('sends the bare origin and the slash-less base to the course (302)', () => {
    for (const uri of ['/', '/course']) {
      expect(run('/course/', uri)).toEqual({ statusCode: 302, statusDescription: 'Found', headers: { location: { value: '/course/' } } });
    }
  });

  it('leaves paths outside the base alone (they end at the 404 page)', () => {
    expect(run('/course/', '/other/')).toMatchObject({ uri: '/other/index.html' });
  });
});

it('at the root, serves /index.html for /', () => {
  expect(run('/', '/')).toMatchObject({ uri: '/index.html' });
});
