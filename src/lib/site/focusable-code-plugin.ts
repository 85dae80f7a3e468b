/**
 * Expressive Code plugin: every code block's <pre> gets tabindex="0", so a block that scrolls
 * sideways (long Terraform lines on a phone) can be scrolled with the keyboard (WCAG 2.1.1; axe
 * "scrollable-region-focusable").
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function makePreFocusable(node: HastNode): void {
  if (node.type === 'element' && node.tagName === 'pre') node.properties = { ...node.properties, tabIndex: 0 };
  for (const child of node.children ?? []) makePreFocusable(child);
}

export function focusableCodePlugin() {
  return {
    name: 'course-focusable-code',
    hooks: {
      postprocessRenderedBlock: ({ renderData }: { renderData: { blockAst: HastNode } }) => {
        makePreFocusable(renderData.blockAst);
      },
    },
  };
}
