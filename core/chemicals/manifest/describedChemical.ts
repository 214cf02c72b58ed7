// Which reference chemical a free-text description names, if any: the whole cell as a name or synonym, else a
// name, synonym or CAS number standing as whole words inside it ("NPP 25 kg drums", "Propionyl chloride 99%").
import { normaliseName } from '../reference';
import type { ReferenceChemical, ReferenceList } from '../reference';

export interface DescriptionMatcher {
  find(description: string): ReferenceChemical | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createDescriptionMatcher(reference: ReferenceList): DescriptionMatcher {
  const aliases: { pattern: RegExp; chemical: ReferenceChemical; length: number }[] = [];
  for (const chemical of reference.chemicals) {
    const names = [chemical.name, ...chemical.synonyms, chemical.cas ?? ''];
    const paren = /^(.*\S)\s+\(([^()]+)\)$/.exec(chemical.name);
    if (paren?.[1] && paren[2]) names.push(paren[1], paren[2]);
    for (const name of names) {
      const alias = normaliseName(name.replace(/\s*\([^()]*\)\s*$/, ''));
      if (alias.length < 3) continue;
      aliases.push({
        pattern: new RegExp(`(^|[^a-z0-9-])${escape(alias)}($|[^a-z0-9-])`),
        chemical,
        length: alias.length,
      });
    }
  }
  // Longest names first: "1-boc-4-piperidone" before "4-piperidone".
  aliases.sort((a, b) => b.length - a.length);
  return {
    find(description) {
      const text = description.trim();
      if (text === '') return null;
      const whole = reference.byName(text);
      if (whole) return whole;
      const folded = normaliseName(text);
      for (const alias of aliases) if (alias.pattern.test(folded)) return alias.chemical;
      return null;
    },
  };
}
