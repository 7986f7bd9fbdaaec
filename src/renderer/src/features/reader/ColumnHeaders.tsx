// One header per column: title, outlet, date and language, in the document's own direction.
import { VisibleBidiText, formatDate, languageName } from '../../ui';
import type { ReaderColumn } from './model';

export function gridTemplate(columnCount: number): string {
  return Array.from({ length: columnCount }, () => 'minmax(0, 1fr)').join(' 28px ');
}

export function columnDirection(column: ReaderColumn): 'rtl' | 'ltr' | undefined {
  return column.direction === 'auto' ? undefined : column.direction;
}

export function columnLang(column: ReaderColumn): string | undefined {
  return column.document.language === 'und' ? undefined : column.document.language;
}

export function ColumnHeaders({ columns }: { columns: readonly ReaderColumn[] }) {
  return (
    <div className="reader-headers" style={{ gridTemplateColumns: gridTemplate(columns.length) }}>
      {columns.map((column) => {
        const doc = column.document;
        return (
          <header
            key={doc.id}
            className={`reader-header reader-header--${column.direction}`}
            style={{ gridColumn: column.index * 2 + 1 }}
            aria-label={`Column ${column.index + 1}`}
          >
            <h3
              className="reader-header__title"
              dir={columnDirection(column) ?? 'auto'}
              lang={columnLang(column)}
            >
              <VisibleBidiText text={doc.title} />
            </h3>
            <p className="reader-header__facts">
              <span>{doc.outlet ? <bdi>{doc.outlet}</bdi> : 'No outlet'}</span>
              <span>{doc.publishedAt ? formatDate(doc.publishedAt) : 'No date'}</span>
              <span title={languageName(doc.language)}>
                <span className="language-tag">{doc.language}</span>
              </span>
            </p>
          </header>
        );
      })}
    </div>
  );
}
