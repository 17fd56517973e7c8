import { HttpContextToken } from '@angular/common/http';

/** Set on requests whose failures the caller explains itself (no snackbar, no redirect). */
export const SILENT_ERRORS = new HttpContextToken<boolean>(() => false);
