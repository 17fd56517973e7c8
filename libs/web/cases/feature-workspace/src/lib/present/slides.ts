/** The slides of the workshop, in the order of the deck; texts live in the translations under `present.*`. */
export const SLIDES = [
  'agenda',
  'speakUp',
  'results',
  'groundRules',
  'phase1',
  'plenary',
  'phase2',
] as const;
export type Slide = (typeof SLIDES)[number];

export type SlideKey = 'next' | 'previous' | 'first' | 'last' | 'leave';

/** Keys a presenter (or a clicker, which sends PageUp/PageDown) uses; null for keys the slides leave alone. */
export function slideKey(key: string): SlideKey | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}

/** The slide index after a key, kept within the deck. */
export function moveSlide(current: number, key: Exclude<SlideKey, 'leave'>, count: number): number {
  const last = Math.max(count - 1, 0);
  switch (key) {
    case 'next':
      return Math.min(current + 1, last);
    case 'previous':
      return Math.max(current - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}
