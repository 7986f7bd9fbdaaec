// The contract's handlers over a case. Every transport (IPC, HTTP) validates input against the
// contract's schemas and then calls these; adding a contract method without a handler fails to compile.
import type { Handlers } from '../../shared/contract';
import type { AlignmentCorrections, DocumentId } from '../../shared/domain';
import type { ParallaxCase } from './case';
import { sourcesFromUploads } from './import/sources';

export interface CaseHost {
  /** The open case; hosts that can switch cases return the current one. */
  current(): ParallaxCase;
  /** True in the desktop app, where the native menu owns File commands. */
  nativeMenu: boolean;
}

export function createHandlers(host: CaseHost): Handlers {
  return {
    getCaseInfo: () => host.current().info(host.nativeMenu),
    listDocuments: ({ filter, sort }) => host.current().listDocuments(filter, sort),
    getLibraryFacets: () => host.current().libraryFacets(),
    getDocument: ({ id }) => host.current().getDocument(id as DocumentId),
    updateDocumentMetadata: ({ id, changes }) =>
      host.current().updateMetadata(id as DocumentId, changes),
    deleteDocuments: ({ ids }) => host.current().deleteDocuments(ids as DocumentId[]),
    importFiles: ({ jobId, files }) =>
      host.current().importSources(jobId, sourcesFromUploads(files)),
    cancelImport: async ({ jobId }) => host.current().cancelImport(jobId),
    search: ({ query, limit, includeBoilerplate }) =>
      host.current().search(query, { limit, includeBoilerplate }),
    getAlignment: ({ documentIds, recompute, mode }) =>
      host.current().align(documentIds as [DocumentId, DocumentId], { recompute, mode }),
    setAlignmentCorrections: ({ documentIds, corrections }) =>
      host
        .current()
        .setAlignmentCorrections(
          documentIds as [DocumentId, DocumentId],
          corrections as AlignmentCorrections,
        ),
  };
}
