import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ContentPageDto, UpdateContentPageRequest } from '@tiltak/shared/api-contract';
import { SILENT_ERRORS } from './http-context';

/** Pages of text the institution writes itself. */
@Injectable({ providedIn: 'root' })
export class ContentApi {
  private readonly http = inject(HttpClient);

  speakUp() {
    return this.http.get<ContentPageDto>('/api/content/speak-up');
  }

  /** The editor explains a stale version or a refused text itself. */
  updateSpeakUp(request: UpdateContentPageRequest) {
    return this.http.put<ContentPageDto>('/api/content/speak-up', request, {
      context: new HttpContext().set(SILENT_ERRORS, true),
    });
  }
}
