/** The messages between the page and the annotation-import worker. */
import type { Author } from '../../shared';
import type { AnnotationImportResult } from '../../shared/interop';

export interface AnnotationImportRequest {
  documentId: string;
  fileText: string;
  byteLength: number;
  analyst: Author;
}

export type AnnotationImportReply = { ok: true; result: AnnotationImportResult } | { ok: false; message: string };
