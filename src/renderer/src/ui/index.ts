export { AnnouncerProvider, useAnnounce } from './Announcer';
export { Button } from './Button';
export { ConfirmDialog } from './ConfirmDialog';
export { Dialog } from './Dialog';
export { ErrorBanner } from './ErrorBanner';
export { formatCount, formatDate, formatLength, plural } from './format';
export { COMMON_LANGUAGES, directionOf, languageName, type TextDirection } from './language';
export { VisibleBidiText, hasBidiControls } from './VisibleBidiText';
export { ErrorBannerSlot, ErrorReportsProvider, useReportError } from './ErrorReports';
