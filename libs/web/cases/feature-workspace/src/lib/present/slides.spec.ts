import { SLIDES, moveSlide, slideKey } from './slides';

describe('presentation slides', () => {
  it('follow the deck: agenda first, results before the group work, phase 1 and its plenary before phase 2', () => {
    expect(SLIDES[0]).toBe('agenda');
    expect(SLIDES.indexOf('results')).toBeLessThan(SLIDES.indexOf('phase1'));
    expect(SLIDES.indexOf('plenary')).toBe(SLIDES.indexOf('phase1') + 1);
    expect(SLIDES.indexOf('phase2')).toBeGreaterThan(SLIDES.indexOf('plenary'));
  });

  it('map arrows, clicker keys, Home/End and Escape', () => {
    expect(slideKey('ArrowRight')).toBe('next');
    expect(slideKey('PageDown')).toBe('next');
    expect(slideKey('ArrowLeft')).toBe('previous');
    expect(slideKey('PageUp')).toBe('previous');
    expect(slideKey('Home')).toBe('first');
    expect(slideKey('End')).toBe('last');
    expect(slideKey('Escape')).toBe('leave');
    expect(slideKey('a')).toBeNull();
    expect(slideKey('Tab')).toBeNull();
  });

  it('stay within the deck', () => {
    expect(moveSlide(0, 'previous', 7)).toBe(0);
    expect(moveSlide(6, 'next', 7)).toBe(6);
    expect(moveSlide(2, 'next', 7)).toBe(3);
    expect(moveSlide(2, 'previous', 7)).toBe(1);
    expect(moveSlide(4, 'first', 7)).toBe(0);
    expect(moveSlide(1, 'last', 7)).toBe(6);
  });
});
