import { extractQuotations, formatQuote, shortenQuote } from './quotes';

describe('shortenQuote', () => {
  const sentence =
    'Governments should abolish recruitment fees for workers, enforce labour inspection in agriculture and domestic work, and ratify the ILO conventions on migrant workers.';

  it('returns a prefix of the sentence, never more than the cap', () => {
    for (const cap of [4, 6, 10, 15, 30]) {
      const quote = shortenQuote(sentence, cap);
      expect(quote).toBeDefined();
      expect(sentence.startsWith(quote!.text)).toBe(true);
      expect(quote!.text.split(/\s+/).length).toBeLessThanOrEqual(cap);
    }
  });

  it('keeps a short sentence whole, without its final stop', () => {
    expect(shortenQuote('Recruitment fees must go.', 10)).toEqual({
      text: 'Recruitment fees must go',
      truncated: false,
    });
  });

  it('cuts at a clause boundary when one comes late enough', () => {
    expect(shortenQuote(sentence, 11)).toEqual({
      text: 'Governments should abolish recruitment fees for workers',
      truncated: true,
    });
  });

  it('does not end on a grammatical word or inside a parenthesis', () => {
    const quote = shortenQuote(
      'Access to information on jobs and on training in the countries of destination',
      9,
    )!;
    expect(quote.text).toBe('Access to information on jobs and on training');
    expect(
      shortenQuote('It is recognised in the Compact itself (see para. 22 of it) clearly', 10)!.text,
    ).toBe('It is recognised in the Compact itself');
  });

  it('stops before quotation marks inside the sentence', () => {
    expect(
      shortenQuote('As the report says, “the inability to organise” is an obstacle', 20)!.text,
    ).toBe('As the report says');
  });

  it('drops the last word of a sentence the source cut off', () => {
    expect(
      shortenQuote('Invest in preparedness, including climate change adaptation an...', 20)!.text,
    ).toBe('Invest in preparedness, including climate change adaptation');
  });

  it('refuses to make a quotation of fewer than four words', () => {
    expect(shortenQuote('Yes, indeed.', 10)).toBeUndefined();
  });
});

describe('formatQuote and extractQuotations', () => {
  it('marks cuts and non-English quotations, and reads them back', () => {
    const text = `A: ${formatQuote({ text: 'créer des cadres', truncated: true }, 'fr')}. B: ${formatQuote(
      { text: 'decent work', truncated: false },
      'en',
    )}.`;
    expect(text).toBe('A: “créer des cadres”… (in French). B: “decent work”.');
    expect(extractQuotations(text)).toEqual(['créer des cadres', 'decent work']);
  });
});
