// The root: providers, the open case, and a fresh workspace whenever the case changes.
import { useEffect, useState } from 'react';
import { DataRevisionProvider, api, useApiEvent, useInvalidate, useQuery } from './api';
import { Workspace } from './app/Workspace';
import { AnnouncerProvider, ErrorReportsProvider } from './ui';

function OpenCase() {
  const caseInfo = useQuery('case', () => api.getCaseInfo({}));
  const [caseKey, setCaseKey] = useState(0);
  const invalidate = useInvalidate();
  const name = caseInfo.data?.name;

  useApiEvent('caseChanged', () => {
    // Everything on screen belonged to the previous case: remount and reload it all.
    setCaseKey((key) => key + 1);
    invalidate();
  });

  useEffect(() => {
    document.title = name ? `${name} — Parallax` : 'Parallax';
  }, [name]);

  return <Workspace key={caseKey} caseInfo={caseInfo.data} caseError={caseInfo.error} />;
}

export function App() {
  return (
    <ErrorReportsProvider>
      <AnnouncerProvider>
        <DataRevisionProvider>
          <OpenCase />
        </DataRevisionProvider>
      </AnnouncerProvider>
    </ErrorReportsProvider>
  );
}
