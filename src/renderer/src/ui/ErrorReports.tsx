// Errors any component reports end up in one dismissable banner.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ErrorBanner } from './ErrorBanner';

interface ErrorReports {
  messages: { id: number; message: string }[];
  report: (error: unknown) => void;
  dismiss: (id: number) => void;
}

const ErrorReportsContext = createContext<ErrorReports>({
  messages: [],
  report: () => undefined,
  dismiss: () => undefined,
});

let nextId = 1;

export function ErrorReportsProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<ErrorReports['messages']>([]);
  const report = useCallback((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    setMessages((current) =>
      current.some((m) => m.message === message)
        ? current
        : [...current.slice(-2), { id: nextId++, message }],
    );
  }, []);
  const dismiss = useCallback(
    (id: number) => setMessages((current) => current.filter((m) => m.id !== id)),
    [],
  );
  const value = useMemo(() => ({ messages, report, dismiss }), [messages, report, dismiss]);
  return <ErrorReportsContext.Provider value={value}>{children}</ErrorReportsContext.Provider>;
}

export function useReportError(): (error: unknown) => void {
  return useContext(ErrorReportsContext).report;
}

export function ErrorBannerSlot() {
  const { messages, dismiss } = useContext(ErrorReportsContext);
  return <ErrorBanner messages={messages} onDismiss={dismiss} />;
}
