import { splitSentences } from './sentences';

function expectOffsets(text: string, language: 'en' | 'fr' | 'es') {
  const sentences = splitSentences(text, language);
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  return sentences.map((s) => s.text);
}

describe('splitSentences', () => {
  it('splits prose into sentences with exact offsets', () => {
    expect(
      expectOffsets('Regular pathways matter.  So does decent work! Why not both?', 'en'),
    ).toEqual(['Regular pathways matter.', 'So does decent work!', 'Why not both?']);
  });

  it('keeps abbreviations inside their sentence', () => {
    expect(
      expectOffsets('As Mr. Diallo said, see GCM para. 22 on this. Dr. Ruiz agreed.', 'en'),
    ).toEqual(['As Mr. Diallo said, see GCM para. 22 on this.', 'Dr. Ruiz agreed.']);
    expect(expectOffsets('Selon M. Diop, il faut agir. Voilà.', 'fr')).toEqual([
      'Selon M. Diop, il faut agir.',
      'Voilà.',
    ]);
  });

  it('drops list markers and bullets but keeps offsets exact', () => {
    const text =
      '• make procedures faster\n(a) Recognize skills;\n2.organiser des actions\n1). Invest in preparedness';
    expect(expectOffsets(text, 'en')).toEqual([
      'make procedures faster',
      'Recognize skills;',
      'organiser des actions',
      'Invest in preparedness',
    ]);
  });

  it('treats line breaks as sentence ends and skips empty lines', () => {
    expect(expectOffsets('les gouvernements devraient :\n\ncréer des cadres\n\n', 'fr')).toEqual([
      'les gouvernements devraient :',
      'créer des cadres',
    ]);
  });

  it('handles Spanish punctuation', () => {
    expect(expectOffsets('¿Qué se puede hacer? Ampliar las vías legales. ¡Ya!', 'es')).toEqual([
      '¿Qué se puede hacer?',
      'Ampliar las vías legales.',
      '¡Ya!',
    ]);
  });

  it('returns nothing for text without words', () => {
    expect(splitSentences('  \n — \n', 'en')).toEqual([]);
  });
});
