import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * A lesson's heading and document title read "26.4 AWS Backup: centralized backup policy": the
 * number from the frontmatter, then the curriculum title.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const data = context.locals.starlightRoute.entry.data as { title: string; lesson?: string };
  if (data.lesson && !data.title.startsWith(`${data.lesson} `)) data.title = `${data.lesson} ${data.title}`;
});
