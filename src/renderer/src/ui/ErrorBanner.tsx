import { Button } from './Button';

interface ErrorBannerProps {
  messages: { id: number; message: string }[];
  onDismiss: (id: number) => void;
}

export function ErrorBanner({ messages, onDismiss }: ErrorBannerProps) {
  if (messages.length === 0) return null;
  return (
    <div className="error-banner" role="alert">
      {messages.map(({ id, message }) => (
        <div key={id} className="error-banner__item">
          <span className="error-banner__icon" aria-hidden="true">
            !
          </span>
          <span className="error-banner__message" dir="auto">
            {message}
          </span>
          <Button variant="ghost" small onClick={() => onDismiss(id)} aria-label="Dismiss error">
            Dismiss
          </Button>
        </div>
      ))}
    </div>
  );
}
