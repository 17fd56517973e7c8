import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { type Named, localName } from '@tiltak/web/shared/util';

/** The name of a unit, index or theme in the UI language. */
@Pipe({ name: 'ttName', pure: false })
export class LocalNamePipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(value: Named | null | undefined): string {
    if (!value) return '';
    return localName(value, this.translate.currentLang() === 'en' ? 'en' : 'nb');
  }
}
