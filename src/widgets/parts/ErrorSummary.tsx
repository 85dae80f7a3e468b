/**
 * A list of what to fix, each item linking to (and focusing) the field it is about. Shown in place of
 * a result the widget refuses to produce from invalid input.
 */

/** One entry: the id of the field's control, a short name for it and the message. */
export interface SummaryItem {
  readonly targetId: string;
  readonly label: string;
  readonly message: string;
}

/** The summary; `title` says what is withheld ("Fix these 2 fields to get main.tf"). */
export function ErrorSummary(props: { readonly title: string; readonly items: readonly SummaryItem[] }) {
  return (
    <div className="widget-summary">
      <p className="widget-summary__title">{props.title}</p>
      <ul>
        {props.items.map((item, index) => (
          <li key={`${item.targetId}-${index}`}>
            <a
              href={`#${item.targetId}`}
              onClick={(event) => {
                const target = document.getElementById(item.targetId);
                if (!target) return;
                event.preventDefault();
                // Focusing scrolls the field into view; the hash stays free for share links.
                target.focus();
              }}
            >
              {item.label}
            </a>
            : {item.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
