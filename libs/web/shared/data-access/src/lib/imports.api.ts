import { HttpClient, HttpContext, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OrgImportParams, PeopleImportMode } from '@tiltak/shared/api-contract';
import { SILENT_ERRORS } from './http-context';

export type { PeopleImportMode } from '@tiltak/shared/api-contract';
export type ImportKind = 'org-units' | 'people';

/** One line of an import's difference (docs/org-people-import.md): a unit's (`code`) or a person's (`email`). */
export interface ImportChange {
  row: number | null;
  code?: string;
  email?: string;
  change: string;
  role?: string | null;
  unitCode?: string | null;
  from: string | null;
  to: string | null;
}

export interface ImportConflict {
  email: string;
  openMeasures: number;
  problem: string;
}

export interface ImportResult {
  dryRun: boolean;
  mode?: PeopleImportMode;
  rows: number;
  sha256: string;
  counts: Record<string, number>;
  changes: ImportChange[];
  conflicts?: ImportConflict[];
  importId: string | null;
}

/** A problem of a refused file: the 400's `details`. */
export interface FileProblem {
  row: number | null;
  column: string | null;
  problem: string;
}

export interface ImportRun {
  id: string;
  kind: ImportKind;
  mode: PeopleImportMode | null;
  at: string;
  actorName: string | null;
  counts: Record<string, number>;
  filename: string | null;
  contentType: string;
  bytes: number;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The organisation and people imports: the file goes as the raw body; callers explain refusals themselves. */
@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);

  send(kind: ImportKind, file: File, options: { dryRun: boolean; mode?: PeopleImportMode }) {
    const type = /\.xlsx$/i.test(file.name) || file.type === XLSX_TYPE ? XLSX_TYPE : 'text/csv';
    const params: Record<string, string> = {
      dryRun: String(options.dryRun),
      filename: file.name.slice(0, 200),
    } satisfies Record<keyof OrgImportParams, string>;
    if (kind === 'people') params['mode'] = options.mode ?? 'merge';
    return this.http.post<ImportResult>(`/api/imports/${kind}`, file, {
      params,
      headers: new HttpHeaders({ 'Content-Type': type }),
      context: new HttpContext().set(SILENT_ERRORS, true),
    });
  }

  history() {
    return this.http.get<ImportRun[]>('/api/imports/history');
  }

  fileUrl(run: ImportRun): string {
    return `/api/imports/history/${run.id}/file`;
  }
}
