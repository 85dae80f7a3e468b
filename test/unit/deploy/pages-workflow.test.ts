/**
 * .github/workflows/pages.yml: the GitHub Pages workflow an instructor gets by enabling Pages with
 * "GitHub Actions" as the source. Parsed with the `yaml` package; the shell step that works out
 * COURSE_SITE and COURSE_BASE is run with bash for the project-site and user-site cases.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  environment?: { name: string; url: string };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const text = readFileSync(new URL('../../../.github/workflows/pages.yml', import.meta.url), 'utf8');
const workflow = parse(text) as Workflow;
const build = workflow.jobs.build!;
const deploy = workflow.jobs.deploy!;
const allSteps = [...build.steps, ...deploy.steps];
const usesStep = (action: string): Step | undefined => allSteps.find((step) => step.uses?.split('@')[0] === action);
const indexOf = (steps: Step[], predicate: (step: Step) => boolean): number => steps.findIndex(predicate);

describe('triggers, permissions and concurrency', () => {
  it('runs on a push to main and by hand', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('asks only for what Pages needs: read the code, write Pages, an OIDC token', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('deploys one at a time without cancelling a deployment in progress', () => {
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });
});

describe('the build job', () => {
  it('checks out, sets up Node from .nvmrc, installs with npm ci and builds, in that order', () => {
    const checkout = indexOf(build.steps, (step) => step.uses?.startsWith('actions/checkout@') ?? false);
    const node = indexOf(build.steps, (step) => step.uses?.startsWith('actions/setup-node@') ?? false);
    const install = indexOf(build.steps, (step) => step.run === 'npm ci');
    const compile = indexOf(build.steps, (step) => step.run === 'npm run build');
    const upload = indexOf(build.steps, (step) => step.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
    expect([checkout, node, install, compile, upload].every((index) => index >= 0)).toBe(true);
    expect(checkout).toBeLessThan(node);
    expect(node).toBeLessThan(install);
    expect(install).toBeLessThan(compile);
    expect(compile).toBeLessThan(upload);
    expect(build.steps[node]!.with).toMatchObject({ 'node-version-file': '.nvmrc' });
  });

  it('points .nvmrc at a Node version the site builds with', () => {
    const nvmrc = readFileSync(new URL('../../../.nvmrc', import.meta.url), 'utf8').trim();
    expect(nvmrc).toMatch(/^22\.\d+/);
  });

  it('builds with COURSE_SITE and COURSE_BASE from the repository owner and name', () => {
    const site = build.steps.find((step) => step.id === 'site')!;
    expect(site.env).toMatchObject({ OWNER: '${{ github.repository_owner }}', REPO: '${{ github.event.repository.name }}' });
    const compile = build.steps.find((step) => step.run === 'npm run build')!;
    expect(compile.env).toEqual({ COURSE_SITE: '${{ steps.site.outputs.site }}', COURSE_BASE: '${{ steps.site.outputs.base }}' });
    expect(indexOf(build.steps, (step) => step.id === 'site')).toBeLessThan(build.steps.indexOf(compile));
  });

  it('configures Pages and uploads dist/ as the Pages artifact', () => {
    expect(usesStep('actions/configure-pages')).toBeDefined();
    expect(usesStep('actions/upload-pages-artifact')!.with).toEqual({ path: 'dist' });
  });
});

describe('the deploy job', () => {
  it('deploys the artifact after the build to the github-pages environment', () => {
    expect(deploy.needs).toBe('build');
    expect(deploy.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(deploy.steps).toHaveLength(1);
    expect(deploy.steps[0]).toMatchObject({ id: 'deployment' });
    expect(deploy.steps[0]!.uses).toMatch(/^actions\/deploy-pages@v\d+$/);
  });
});

it('uses the current major versions of the official actions', () => {
  const versions = Object.fromEntries(allSteps.filter((step) => step.uses).map((step) => step.uses!.split('@')));
  expect(versions).toEqual({
    'actions/checkout': 'v6',
    'actions/setup-node': 'v6',
    'actions/configure-pages': 'v5',
    'actions/upload-pages-artifact': 'v4',
    'actions/deploy-pages': 'v4',
  });
});

describe('working out the site address (the step’s script, run with bash)', () => {
  const script = build.steps.find((step) => step.id === 'site')!.run!;

  function address(env: Record<string, string>): Record<string, string> {
    const dir = mkdtempSync(join(tmpdir(), 'pages-step-'));
    try {
      const output = join(dir, 'output');
      // --norc and no stdin: bash would otherwise read ~/.bashrc when stdin is a socket.
      execFileSync('bash', ['--norc', '--noprofile', '-e', '-c', script], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GITHUB_OUTPUT: output, GITHUB_REPOSITORY: '', SITE_OVERRIDE: '', BASE_OVERRIDE: '', ...env },
      });
      return Object.fromEntries(
        readFileSync(output, 'utf8')
          .trim()
          .split('\n')
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('a project site lives under /<repo>/ on <owner>.github.io (owner lower-cased)', () => {
    expect(address({ OWNER: 'Acme-Training', REPO: 'cloud-course' })).toEqual({ site: 'https://acme-training.github.io', base: '/cloud-course/' });
  });

  it('the user or organisation site <owner>.github.io lives at /', () => {
    expect(address({ OWNER: 'Acme', REPO: 'acme.github.io' })).toEqual({ site: 'https://acme.github.io', base: '/' });
    expect(address({ OWNER: 'acme', REPO: 'Acme.GitHub.io' })).toEqual({ site: 'https://acme.github.io', base: '/' });
  });

  it('falls back to GITHUB_REPOSITORY when the event has no repository name', () => {
    expect(address({ OWNER: 'acme', REPO: '', GITHUB_REPOSITORY: 'acme/course' })).toEqual({ site: 'https://acme.github.io', base: '/course/' });
  });

  it('lets repository variables override both, for a custom domain', () => {
    expect(
      address({ OWNER: 'acme', REPO: 'course', SITE_OVERRIDE: 'https://course.example.org', BASE_OVERRIDE: '/' }),
    ).toEqual({ site: 'https://course.example.org', base: '/' });
  });
});
