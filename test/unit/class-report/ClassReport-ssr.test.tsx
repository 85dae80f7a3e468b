// Runs in the node environment: there is no window or document, as during Astro's server render.
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import ClassReport from '~/components/instructor/ClassReport';
import { CHAPTERS } from './fixtures';

it('ClassReport renders a usable empty state on the server: labelled file input, empty live regions, no table', () => {
  expect(typeof window).toBe('undefined');
  const html = renderToString(<ClassReport chapters={CHAPTERS} />);
  const inputId = /<input id="([^"]+)" type="file" multiple=""/.exec(html)?.[1];
  expect(inputId).toBeDefined();
  expect(html).toContain(`<label for="${inputId}">Progress export files (.json)</label>`);
  expect(html).toContain('Drop progress files here, or choose them:');
  expect(html).toMatch(/<div role="status" aria-live="polite" class="class-report__status"><\/div>/);
  expect(html).toMatch(/<div role="alert"><\/div>/);
  expect(html).toContain('No progress files added yet.');
  expect(html).not.toContain('<table');
});
