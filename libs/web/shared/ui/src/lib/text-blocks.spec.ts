import { TestBed } from '@angular/core/testing';
import { TextBlocks } from './text-blocks';

describe('TextBlocks', () => {
  it('renders headings, lists and paragraphs, with markup in the text shown as text, never as HTML', () => {
    const fixture = TestBed.createComponent(TextBlocks);
    fixture.componentRef.setInput(
      'text',
      '# Si fra\n- <img src=x onerror=alert(1)>\n- Verneombudet\n\n<b>fet</b>',
    );
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('h2')?.textContent).toBe('Si fra');
    expect([...el.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '<img src=x onerror=alert(1)>',
      'Verneombudet',
    ]);
    expect(el.querySelector('p')?.textContent).toBe('<b>fet</b>');
    expect(el.querySelector('img, b')).toBeNull();
  });
});
