/**
 * Minimal helpers to drive the widgets in jsdom the way a user does: find controls by their
 * visible label, type into them, click. React listens to native input events, so values are set
 * through the element prototype's setter before dispatching, as a browser would.
 */

import { afterEach } from 'vitest';
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders into a fresh container attached to the document. */
export async function render(element: ReactElement): Promise<{ container: HTMLElement; root: Root }> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return { container, root };
}

/** Unmounts and removes everything rendered by {@link render}. */
export async function cleanup(root: Root, container: HTMLElement): Promise<void> {
  await act(async () => root.unmount());
  container.remove();
}

/** The control labelled exactly `text` (via <label for>). */
export function byLabel<T extends HTMLElement = HTMLInputElement>(container: HTMLElement, text: string, index = 0): T {
  const labels = [...container.querySelectorAll('label')].filter((label) => label.textContent?.trim() === text);
  const label = labels[index];
  if (!label) throw new Error(`No label "${text}" (found: ${[...container.querySelectorAll('label')].map((l) => l.textContent).join(' | ')})`);
  const control = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input, select, textarea');
  if (!control) throw new Error(`Label "${text}" points at nothing`);
  return control as T;
}

/** The button whose text or aria-label is `text`. */
export function button(container: HTMLElement, text: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text,
  );
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

/** Types a new value into an input, textarea or select. */
export async function type(control: HTMLElement, value: string): Promise<void> {
  const proto =
    control instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : control instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(control, value);
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

/** Clicks an element. */
export async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

/** The text of the element `control` names in aria-describedby (hint and error messages). */
export function description(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/**
 * Registers cleanup after each test and returns `mount(element)`, which renders a widget and gives
 * back its container: the setup every widget test file needs.
 */
export function mountWidgets(): (element: ReactElement) => Promise<HTMLElement> {
  let mounted: { root: Root; container: HTMLElement } | null = null;
  afterEach(async () => {
    if (mounted) await cleanup(mounted.root, mounted.container);
    mounted = null;
  });
  return async (element) => {
    mounted = await render(element);
    return mounted.container;
  };
}
