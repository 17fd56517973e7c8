import { parseTextBlocks } from './text-blocks';

describe('parseTextBlocks', () => {
  it.each([
    ['nothing', '', []],
    ['blank lines only', '\n  \n\t\n', []],
    [
      'one paragraph',
      'Det skal være trygt.',
      [{ kind: 'paragraph', text: 'Det skal være trygt.' }],
    ],
    [
      'lines of a paragraph keep their breaks',
      'Linje 1\nLinje 2',
      [{ kind: 'paragraph', text: 'Linje 1\nLinje 2' }],
    ],
    [
      'a blank line separates paragraphs',
      'A\n\nB',
      [
        { kind: 'paragraph', text: 'A' },
        { kind: 'paragraph', text: 'B' },
      ],
    ],
    ['a heading', '# Si fra', [{ kind: 'heading', text: 'Si fra' }]],
    ['"#" without a space is text', '#hashtag', [{ kind: 'paragraph', text: '#hashtag' }]],
    ['"-" without a space is text', '-5 grader', [{ kind: 'paragraph', text: '-5 grader' }]],
    ['consecutive items form one list', '- a\n- b', [{ kind: 'list', items: ['a', 'b'] }]],
    [
      'a blank line splits lists',
      '- a\n\n- b',
      [
        { kind: 'list', items: ['a'] },
        { kind: 'list', items: ['b'] },
      ],
    ],
    [
      'Windows line ends',
      '# H\r\n- a\r\n- b',
      [
        { kind: 'heading', text: 'H' },
        { kind: 'list', items: ['a', 'b'] },
      ],
    ],
    ['markup stays text', '<b>fet</b>', [{ kind: 'paragraph', text: '<b>fet</b>' }]],
  ])('%s', (_, body, expected) => {
    expect(parseTextBlocks(body)).toEqual(expected);
  });

  it('reads a whole page: lead, headed lists and a closing paragraph', () => {
    const body =
      'Nulltoleranse.\n\n# Si fra til arbeidsgiver\n- Nærmeste leder\n- Verneombudet\n# Konfidensielt\n- BHT\nAlle har taushetsplikt.';
    expect(parseTextBlocks(body)).toEqual([
      { kind: 'paragraph', text: 'Nulltoleranse.' },
      { kind: 'heading', text: 'Si fra til arbeidsgiver' },
      { kind: 'list', items: ['Nærmeste leder', 'Verneombudet'] },
      { kind: 'heading', text: 'Konfidensielt' },
      { kind: 'list', items: ['BHT'] },
      { kind: 'paragraph', text: 'Alle har taushetsplikt.' },
    ]);
  });
});
