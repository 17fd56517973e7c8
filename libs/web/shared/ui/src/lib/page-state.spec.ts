import { ApplicationRef, Injector, resource, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { latestValue } from './page-state';

describe('latestValue', () => {
  function pagedResource() {
    const page = signal(1);
    const answers = new Map<number, (rows: string[]) => void>();
    const list = resource({
      params: () => page(),
      loader: ({ params }) => new Promise<string[]>((resolve) => answers.set(params, resolve)),
      injector: TestBed.inject(Injector),
    });
    return { page, list, answer: (p: number, rows: string[]) => answers.get(p)?.(rows) };
  }

  async function settle(): Promise<void> {
    await TestBed.inject(ApplicationRef).whenStable();
  }

  it('is undefined until the first value arrives', async () => {
    const { list, answer } = pagedResource();
    const shown = latestValue(list);
    TestBed.tick();
    expect(shown()).toBeUndefined();
    answer(1, ['a']);
    await settle();
    expect(shown()).toEqual(['a']);
  });

  it('keeps the previous page while the next one loads, then shows the next', async () => {
    const { page, list, answer } = pagedResource();
    const shown = latestValue(list);
    TestBed.tick();
    answer(1, ['a']);
    await settle();
    expect(shown()).toEqual(['a']);

    page.set(2);
    TestBed.tick();
    expect(list.isLoading()).toBe(true);
    expect(list.hasValue()).toBe(false);
    expect(shown()).toEqual(['a']);

    answer(2, ['b']);
    await settle();
    expect(shown()).toEqual(['b']);
  });
});
