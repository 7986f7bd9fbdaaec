// The checks the core runs on the saved briefing (after every save): errors first, then warnings,
// then hints. Choosing one moves the editor to the block it is about.
import type { BriefingCheck } from '../../../../shared/domain';
import type { ParallaxError } from '../../api';

const SEVERITY_ORDER = { error: 0, warning: 1, hint: 2 } as const;
const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', hint: 'Hint' } as const;

interface ChecksTabProps {
  checks: readonly BriefingCheck[] | undefined;
  error: ParallaxError | null;
  onShowBlock: (blockIndex: number) => void;
}

export function ChecksTab({ checks, error, onShowBlock }: ChecksTabProps) {
  if (error) {
    return (
      <p className="briefing-tabs__empty" role="alert">
        The checks could not run: {error.message}
      </p>
    );
  }
  if (!checks) return <p className="briefing-tabs__empty">Checking…</p>;
  if (checks.length === 0) {
    return <p className="briefing-tabs__empty">No problems found.</p>;
  }
  const sorted = [...checks].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return (
    <ul className="briefing-checks" aria-label="Checks">
      {sorted.map((check, index) => {
        const label = (
          <>
            <span
              className={`briefing-check__severity briefing-check__severity--${check.severity}`}
            >
              {SEVERITY_LABEL[check.severity]}
            </span>
            <span className="briefing-check__message" dir="auto">
              {check.message}
            </span>
          </>
        );
        const { blockIndex } = check;
        return (
          <li
            key={`${check.kind}-${index}`}
            className="briefing-check"
            data-kind={check.kind}
            data-severity={check.severity}
          >
            {blockIndex === undefined ? (
              <div className="briefing-check__row">{label}</div>
            ) : (
              <button
                type="button"
                className="briefing-check__row"
                title="Show in the briefing"
                onClick={() => onShowBlock(blockIndex)}
              >
                {label}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
