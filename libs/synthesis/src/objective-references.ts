export interface ObjectiveReference {
  number: number;
  /** Offsets of the whole reference ("objectives 2 and 5") in the text. */
  start: number;
  end: number;
}

/** The objective word in English, French and Spanish, optionally preceded by GCM/PMM. */
const OBJECTIVE_WORD = String.raw`(?:(?:gcm|pmm|pacto|compact)\s+)?(?:objectives?|objectifs?|objetivos?|objs?\.)`;
/** "No. 5", "n° 5", "nº 5", "n.º 5", "number 5", "#5". */
const NUMBER_SIGN = String.raw`(?:(?:no\.?|n\.?\s?[°º]|nº|num\.?|núm\.?|number|numéro|número)\s*|#\s?)?`;
/** Not an objective number: part of a longer number, a decimal, a paragraph ("18.h") or a quantity ("2 million"). */
const NOT_OBJECTIVE = String.raw`(?![\d%]|[.,]\d|\.[a-z]\b|\s*(?:million|milli|billion|thousand|mil\b|percent|per\s?cent|pour\s?cent|por\s?ciento|years?|ans\b|années|años|months?|mois|meses|days?|jours|días))`;
const NUMBER = String.raw`(\d{1,2})${NOT_OBJECTIVE}`;
/** Between two numbers of a list: commas, "and", "et", "y", "e", "&", "/", "or", "ou", "o". */
const LIST_SEPARATOR = String.raw`\s*(?:,\s*(?:(?:and|et|y|e|or|ou|o)\s+)?|\s(?:and|et|y|e|&|or|ou|o)\s|\/|&|;)\s*`;
/** Between the bounds of a range: "2-5", "2–5", "2 to 5", "2 à 5", "2 a 5". */
const RANGE_SEPARATOR = String.raw`\s*(?:[-–]|\s(?:to|à|a|al)\s)\s*`;

const REFERENCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${OBJECTIVE_WORD}\s*${NUMBER_SIGN}${NUMBER}((?:(?:${LIST_SEPARATOR}|${RANGE_SEPARATOR})${NUMBER_SIGN}\d{1,2}${NOT_OBJECTIVE})*)`,
  'giu',
);
const NEXT_NUMBER = new RegExp(
  String.raw`(${RANGE_SEPARATOR}|${LIST_SEPARATOR})${NUMBER_SIGN}(\d{1,2})`,
  'giu',
);

const MAX_OBJECTIVE = 23;

/**
 * Objectives named in the text: "Objective 5", "objectives 2 and 5", "objectif 5", "objectifs 2, 5
 * et 6", "objetivo 18", "objetivos 2 y 5", "GCM objective 12", "Obj. 6", "objective #18",
 * "objectives 2-5". A number only counts when it follows the objective word and lies in 1..23;
 * a bare "#18" or "SDG 8" does not.
 */
export function findObjectiveReferences(text: string): ObjectiveReference[] {
  const references: ObjectiveReference[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const start = match.index;
    const end = start + match[0].length;
    const numbers = [Number(match[1])];
    for (const next of (match[2] ?? '').matchAll(NEXT_NUMBER)) {
      const value = Number(next[2]);
      const previous = numbers[numbers.length - 1];
      const isRange = /^\s*(?:[-–]|\s(?:to|à|a|al)\s)\s*$/i.test(next[1]);
      if (isRange && value > previous && value <= MAX_OBJECTIVE) {
        for (let n = previous + 1; n <= value; n++) numbers.push(n);
      } else {
        numbers.push(value);
      }
    }
    for (const number of numbers) {
      if (number >= 1 && number <= MAX_OBJECTIVE) references.push({ number, start, end });
    }
  }
  return references;
}

/** How often each objective is named, in order of first mention. */
export function countObjectiveReferences(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { number } of findObjectiveReferences(text))
    counts.set(number, (counts.get(number) ?? 0) + 1);
  return counts;
}
