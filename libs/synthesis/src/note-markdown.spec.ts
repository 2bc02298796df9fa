import { escapeMarkdown, renderNoteMarkdown } from './note-markdown';

describe('escapeMarkdown', () => {
  it.each([
    ['**bold** and _italic_', '\\*\\*bold\\*\\* and \\_italic\\_'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['# Heading', '\\# Heading'],
    ['`code` | table ~strike~ &amp; !', '\\`code\\` \\| table \\~strike\\~ \\&amp; \\!'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. item', '1\\. item'],
    ['2) item', '2\\) item'],
    ['11 contributions', '11 contributions'],
    ['line one\n\n    indented\n# not a heading', 'line one indented \\# not a heading'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('renderNoteMarkdown', () => {
  it('renders title, headings and paragraphs with their labels, and the annex as a list, without ids', () => {
    const markdown = renderNoteMarkdown({
      title: 'Background note: R1',
      sections: [
        {
          heading: 'Background',
          paragraphs: [
            {
              text: 'First *paragraph* [C1].',
              sourceIds: ['id-a_1'],
              kind: 'overview',
              quotes: [],
            },
            { text: 'No sources.', sourceIds: [], kind: 'overview', quotes: [] },
          ],
        },
        {
          heading: 'Annex: contributions cited',
          paragraphs: [
            {
              text: 'C1: Civil society, French.',
              sourceIds: ['id-a_1'],
              kind: 'annex',
              quotes: [],
            },
          ],
        },
      ],
      wordCount: 9,
      wordTarget: 1000,
      inputWordCount: 10,
    });
    expect(markdown).toBe(
      '# Background note: R1\n\n## Background\n\nFirst \\*paragraph\\* \\[C1\\].\n\nNo sources.\n\n' +
        '## Annex: contributions cited\n\n- C1: Civil society, French.\n',
    );
    expect(markdown).not.toContain('id-a');
  });
});
