// Field checks shared by our two nodes. They mirror briefingStateSchema
// (src/shared/briefings/state.ts) so that content the editor accepts is content the core saves; a
// node built from bad JSON (a crafted clipboard, a corrupt file) fails here with a specific message.
import { z } from 'zod';
import { briefingNodeSchema } from '../../../../shared/briefings/state';

export interface QuoteFields {
  quoteUid: string;
  documentId: number;
  text: string;
  language: string;
}

export interface CitationFields {
  documentId: number;
  quoteUid: string | null;
}

function check(json: Record<string, unknown>, what: string): void {
  const result = briefingNodeSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Invalid ${what}: ${z.prettifyError(result.error)}`);
  }
}

export function checkQuoteFields(json: QuoteFields): QuoteFields {
  const fields = {
    quoteUid: json.quoteUid,
    documentId: json.documentId,
    text: json.text,
    language: json.language,
  };
  check({ type: 'parallax-quote', version: 1, ...fields }, 'quote block');
  return fields;
}

export function checkCitationFields(json: CitationFields): CitationFields {
  const fields = { documentId: json.documentId, quoteUid: json.quoteUid ?? null };
  check({ type: 'parallax-citation', version: 1, ...fields }, 'citation mark');
  return fields;
}
