import type { ReactNode } from 'react';
import type { CaseInfo } from '../../../shared/contract';
import { plural } from '../ui';

interface TopBarProps {
  caseInfo: CaseInfo | undefined;
  search: ReactNode;
  actions: ReactNode;
}

export function TopBar({ caseInfo, search, actions }: TopBarProps) {
  return (
    <header className="top-bar">
      <div className="top-bar__case">
        <span className="top-bar__logo" aria-hidden="true">
          ∥
        </span>
        <div className="top-bar__case-text">
          <h1 className="top-bar__case-name" title={caseInfo?.path}>
            <bdi>{caseInfo?.name ?? 'Parallax'}</bdi>
          </h1>
          <span className="top-bar__case-count">
            {caseInfo ? plural(caseInfo.documentCount, 'document') : 'Opening case…'}
          </span>
        </div>
      </div>
      <div className="top-bar__search">{search}</div>
      <div className="top-bar__actions">{actions}</div>
    </header>
  );
}
