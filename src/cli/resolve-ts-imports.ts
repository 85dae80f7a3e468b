/**
 * Preloaded with `node --import ./src/cli/resolve-ts-imports.ts` so plain Node (type stripping, no
 * bundler, no tsx) can run the CLIs in src/cli/. The sources import each other without an extension
 * (`from './schema'`), as Vite and TypeScript's "Bundler" resolution allow but Node does not; this
 * hook retries such a relative import from a .ts file with ".ts" appended. Nothing else changes.
 */
import { register } from 'node:module';

const hooks = `
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const retry =
      error?.code === 'ERR_MODULE_NOT_FOUND' &&
      /^\\.{1,2}\\//.test(specifier) &&
      !/\\.[cm]?[jt]s$/.test(specifier) &&
      context.parentURL?.startsWith('file:') &&
      context.parentURL.endsWith('.ts');
    if (!retry) throw error;
    return nextResolve(specifier + '.ts', context);
  }
}`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`);
