/**
 * A page of text the institution writes itself (e.g. the speak-up page), in bokmål and English.
 * Bodies are plain text with light structure: "# " starts a heading, "- " a list item, and a blank
 * line separates paragraphs. They are never interpreted as HTML.
 */
export interface ContentPageDto {
  key: string;
  bodyNb: string;
  bodyEn: string;
  version: number;
  updatedAt: string;
}

export interface UpdateContentPageRequest {
  bodyNb: string;
  bodyEn: string;
  /** The version last read: a stale one is a 409. */
  version: number;
}

export const CONTENT_BODY_MAX_LENGTH = 20_000;
