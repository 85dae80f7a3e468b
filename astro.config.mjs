// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import { loadOutline } from './src/lib/curriculum/scan-content.ts';
import { buildSidebar } from './src/lib/curriculum/sidebar.ts';
import { outlineChapters, writtenLessons } from './src/lib/curriculum/outline.ts';
import { accentCss } from './src/lib/site/accent.ts';
import { readCourseConfig } from './src/site/course-config-file.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { normaliseBase } from './src/lib/site/base-path.ts';
import { baseLinksPlugin } from './src/lib/site/base-links-plugin.ts';
import { focusableCodePlugin } from './src/lib/site/focusable-code-plugin.ts';

const contentDir = fileURLToPath(new URL('./content/', import.meta.url));
// Branding and scope: content/course.yaml (or the file in COURSE_CONFIG).
const course = readCourseConfig();
const outline = loadOutline(contentDir, course);

// Pages this copy publishes; links in lessons to anything else become plain text.
const published = new Set([
  ...writtenLessons(outline).map((l) => l.path),
  ...outlineChapters(outline).flatMap((c) => (c.path ? [c.path, ...(c.hasQuiz ? [`${c.path}quiz/`] : [])] : [])),
]);

// Where the course is hosted: COURSE_SITE is the origin (for canonical URLs and the sitemap),
// COURSE_BASE the sub-path, e.g. COURSE_BASE=/course/ to serve from https://example.org/course/.
const site = process.env.COURSE_SITE || undefined;
const base = normaliseBase(process.env.COURSE_BASE);

export default defineConfig({
  site,
  base,
  outDir: process.env.COURSE_OUT_DIR || './dist',
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base, published)] }),
  },
  integrations: [
    starlight({
      title: course.title,
      ...(course.logo ? { logo: { src: `./content/${course.logo}` } } : {}),
      head: course.accentColor ? [{ tag: 'style', content: accentCss(course.accentColor) }] : [],
      description:
        'A free, interactive course from cloud basics to production AWS infrastructure with Terraform: lessons, widgets and quizzes.',
      favicon: '/favicon.svg',
      sidebar: [...buildSidebar(outline), { label: 'For instructors', link: '/instructors/' }],
      routeMiddleware: './src/route-middleware.ts',
      lastUpdated: false,
      pagination: true,
      components: {
        Footer: './src/components/LessonFooter.astro',
        Banner: './src/components/ProgressNotice.astro',
        Search: './src/components/Search.astro',
      },
      customCss: ['./src/styles/course.css'],
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      expressiveCode: { plugins: [focusableCodePlugin()] },
    }),
    react(),
  ],
  vite: {
    resolve: {
      alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) },
    },
  },
});
