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
  it('renders title, headings, paragraphs and their sources', () => {
    const markdown = renderNoteMarkdown({
      title: 'Background note: R1',
      sections: [
        {
          heading: 'Background',
          paragraphs: [
            { text: 'First *paragraph*.', sourceIds: ['a_1', 'b'], quotes: [] },
            { text: 'No sources.', sourceIds: [], quotes: [] },
          ],
        },
      ],
      wordCount: 4,
      wordTarget: 1000,
      inputWordCount: 10,
    });
    expect(markdown).toBe(
      '# Background note: R1\n\n## Background\n\nFirst \\*paragraph\\*.\n\n*Sources: a\\_1, b*\n\nNo sources.\n',
    );
  });

  it('shortens long source lists', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `c${i}`);
    const markdown = renderNoteMarkdown({
      title: 'T',
      sections: [{ heading: 'H', paragraphs: [{ text: 'P.', sourceIds: ids, quotes: [] }] }],
      wordCount: 1,
      wordTarget: 1000,
      inputWordCount: 1,
    });
    expect(markdown).toContain('c11 and 8 more*');
  });
});
