/**
 * Copy and Download buttons for generated code. Both only touch browser APIs inside click handlers,
 * so the widgets still render on the server. The outcome ("Copied", "Copy failed") is announced in
 * a polite live region next to the buttons.
 */

import { useEffect, useRef, useState } from 'react';

/** Writes text to the clipboard, falling back to a hidden textarea where the async API is missing. */
async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy command refused');
}

/** Shows a short status message that clears itself. */
function useStatus(): [string, (message: string) => void] {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [
    status,
    (message: string) => {
      setStatus(message);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setStatus(''), 4000);
    },
  ];
}

/** A button that copies `text` (or what `getText` returns at click time) to the clipboard. */
export function CopyButton(props: {
  readonly label: string;
  readonly text?: string;
  readonly getText?: () => string;
  readonly copiedMessage?: string;
}) {
  const [status, show] = useStatus();
  return (
    <span className="widget-action">
      <button
        type="button"
        className="widget-button"
        onClick={() => {
          const text = props.getText ? props.getText() : (props.text ?? '');
          writeClipboard(text).then(
            () => show(props.copiedMessage ?? 'Copied to the clipboard.'),
            () => show('Copy failed: select the text and copy it by hand.'),
          );
        }}
      >
        {props.label}
      </button>
      <span className="widget-status" role="status">
        {status}
      </span>
    </span>
  );
}

/** A button that downloads `text` as a file. */
export function DownloadButton(props: { readonly label: string; readonly text: string; readonly filename: string }) {
  return (
    <button
      type="button"
      className="widget-button"
      onClick={() => {
        const url = URL.createObjectURL(new Blob([props.text], { type: 'text/plain;charset=utf-8' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = props.filename;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 0);
      }}
    >
      {props.label}
    </button>
  );
}
