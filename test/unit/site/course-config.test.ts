import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CourseConfigError, includedChapters, parseCourseConfig, scopeCurriculum } from '~/lib/site/course-config';
import { accentCss } from '~/lib/site/accent';
import { withBase, normaliseBase } from '~/lib/site/base-path';
import type { Curriculum } from '~/lib/curriculum/types';

const curriculum = JSON.parse(readFileSync('content/curriculum.json', 'utf8')) as Curriculum;

describe('content/course.yaml', () => {
  it('the shipped file is valid and includes the whole course', () => {
    const config = parseCourseConfig(readFileSync('content/course.yaml', 'utf8'));
    expect(config.parts).toBe('all');
    expect(includedChapters(curriculum, config)).toHaveLength(33);
  });

  it('an empty file means the defaults', () => {
    expect(parseCourseConfig('')).toEqual({ title: 'Cloud, AWS & Terraform — From Zero to Expert', footer: '', parts: 'all' });
  });

  it('a part list keeps only those parts, with their original numbers', () => {
    const config = parseCourseConfig('parts: [III, V]');
    expect(includedChapters(curriculum, config)).toEqual([9, 10, 11, 12, 18, 19, 20, 21, 22]);
    expect(scopeCurriculum(curriculum, config).parts.map((p) => p.number)).toEqual(['III', 'V']);
  });

  it.each([
    ['parts: [IX]', 'parts: "parts" must be "all" or a list of at least one part number (I, II, III, IV, V, VI, VII, VIII), e.g. [III, V].'],
    ['parts: []', 'parts: "parts" must be "all" or a list of at least one part number'],
    ['accentColor: blue', 'accentColor: "accentColor" must be a 6-digit hex colour like "#0b7a75".'],
    ['logo: /img/logo.gif', 'logo: "logo" must be the name of an .svg, .png or .webp file in the content/ folder, e.g. logo.svg.'],
    ['titel: My course', 'unknown key(s) titel; the keys are title, logo, accentColor, footer, parts'],
    ['title: [unclosed', 'content/course.yaml: not valid YAML'],
  ])('%s is refused with a message that names the key and the fix', (source, message) => {
    expect(() => parseCourseConfig(source)).toThrow(CourseConfigError);
    expect(() => parseCourseConfig(source)).toThrow(message);
  });
});

describe('accent colour and base path', () => {
  it('sets the three accent shades for both themes, the brand colour itself in light mode', () => {
    const css = accentCss('#0b7a75');
    expect(css).toMatch(/:root\[data-theme='light'\] \{[^}]*--sl-color-accent: #0b7a75;/);
    expect(css.match(/--sl-color-accent-(low|high):/g)).toHaveLength(4);
  });

  it('prefixes root-relative links once, leaves the rest alone', () => {
    expect(normaliseBase('course')).toBe('/course/');
    expect(withBase('/26-x/4-y/', '/course/')).toBe('/course/26-x/4-y/');
    expect(withBase('/course/26-x/', '/course/')).toBe('/course/26-x/');
    expect(withBase('https://docs.aws.amazon.com/', '/course/')).toBe('https://docs.aws.amazon.com/');
    expect(withBase('#top', '/course/')).toBe('#top');
    expect(withBase('/26-x/', '/')).toBe('/26-x/');
  });
});
