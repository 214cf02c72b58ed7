// Synthetic manifests and unique structures for the manifest benchmarks: realistic scaffolds (the
// 4-anilinopiperidine family, piperidones, aryl esters and amides) with enumerated substituents, so every
// structure is new to the screener, plus the repeated SMILES/CAS/names a real manifest is mostly made of.

const N_SUBSTITUENTS = [
  '',
  'C',
  'CC',
  'CCC',
  'CC(C)',
  'CCc1ccccc1',
  'Cc1ccccc1',
  'C(=O)OC(C)(C)C',
  'C(=O)OCc1ccccc1',
  'C(=O)C',
  'CCO',
  'CC=C',
  'S(=O)(=O)C',
  'CCCC',
  'CC1CC1',
  'CCN(C)C',
];
const ARYL = ['', 'F', 'Cl', 'Br', 'C', 'OC', 'C(F)(F)F', 'N(C)C', 'CC', 'O', 'C#N', 'SC'];
const ACYL = [
  '',
  'C(=O)CC',
  'C(=O)C',
  'C(=O)CCC',
  'C(=O)c1ccco1',
  'C(=O)C1CC1',
  'C(=O)OC',
  'C(=O)COC',
  'C(=O)CCCC',
  'C(=O)C=C',
];
const ESTER_R = [
  'C',
  'CC',
  'CCC',
  'CC(C)',
  'CCCC',
  'CC(C)C',
  'C(C)(C)C',
  'CCCCC',
  'Cc1ccccc1',
  'CCOC',
  'CC(Cl)C',
  'C1CCCC1',
];
const RING_SUB = ['', 'C', 'Cl', 'F', 'OC', 'N', 'O', 'C(=O)O', 'Br', 'CC', '[N+](=O)[O-]', 'S(N)(=O)=O'];

const FENTANYL_LIKE = N_SUBSTITUENTS.length * ARYL.length * ACYL.length;

/** Whether the i-th unique structure is on the 4-anilinopiperidine (fentanyl-family) scaffold. */
export const isFentanylFamily = (i: number) => i < FENTANYL_LIKE;

/** The i-th unique structure (unique for i below uniqueStructureCount). */
export function uniqueStructure(i: number): string {
  if (i < FENTANYL_LIKE) {
    const n = N_SUBSTITUENTS[i % N_SUBSTITUENTS.length]!;
    const x = ARYL[Math.floor(i / N_SUBSTITUENTS.length) % ARYL.length]!;
    const a = ACYL[Math.floor(i / (N_SUBSTITUENTS.length * ARYL.length)) % ACYL.length]!;
    const ring = x ? `c2ccc(${x})cc2` : 'c2ccccc2';
    // The substituent is a branch on the ring nitrogen (N3(…)), so Boc, Cbz, acyl and sulfonyl really protect it.
    return `N3${n ? `(${n})` : ''}CCC(N(${a ? a : '[H]'})${ring})CC3`.replace('N([H])', 'N');
  }
  const j = i - FENTANYL_LIKE;
  const r = ESTER_R[j % ESTER_R.length]!;
  const s1 = RING_SUB[Math.floor(j / ESTER_R.length) % RING_SUB.length]!;
  const s2 = RING_SUB[Math.floor(j / (ESTER_R.length * RING_SUB.length)) % RING_SUB.length]!;
  const linker = Math.floor(j / (ESTER_R.length * RING_SUB.length ** 2)) % 4;
  const ring = `c1cc(${s1 || '[H]'})ccc1${s2 ? `(${s2})` : ''}`.replace('([H])', '');
  return [`${r}OC(=O)${ring}`, `${r}NC(=O)${ring}`, `${r}C(=O)${ring}`, `${r}OC(=O)C${ring}`][linker]!;
}

export const uniqueStructureCount =
  N_SUBSTITUENTS.length * ARYL.length * ACYL.length + ESTER_R.length * RING_SUB.length ** 2 * 4;

const REPEATED_LINES = [
  ['N-Phenethyl-4-piperidone', '39742-60-4', ''],
  ['Paint additive', '', 'O=C1CCN(CCc2ccccc2)CC1'],
  ['4-AP', '', ''],
  ['ANPP', '21409-26-7', ''],
  ['Acetaminophen', '', 'CC(=O)Nc1ccc(O)cc1'],
  ['Acetone', '67-64-1', ''],
  ['Toluene', '', 'Cc1ccccc1'],
  ['Boc-4-piperidone', '', 'CC(C)(C)OC(=O)N1CCC(=O)CC1'],
  ['Propionyl chloride', '79-03-8', ''],
  ['Ibuprofen', '', 'CC(C)Cc1ccc(cc1)C(C)C(=O)O'],
];
const CONSIGNEES = [
  'Química Norte SA de CV',
  'Laboratorios Delta',
  'Pacific Pharma Inc',
  'Chimie Laurentides Ltée',
  'Distribuidora Sonora',
];
const ROUTES = [
  'Shanghai > Manzanillo > Guadalajara',
  'Rotterdam > Houston',
  'Busan > Vancouver',
  'Shenzhen > Lázaro Cárdenas',
];
const UNITS = ['kg', 'g', 'L', 'lb', 't', 'mL'];

/** A CSV manifest of `lines` lines: `uniqueShare` of them carry a new structure, the rest repeat. */
export function* manifestCsv(lines: number, uniqueShare: number, offset = 0): Generator<string> {
  yield 'Line,Description,CAS,SMILES,HS code,Quantity,Unit,Consignor,Consignee,Forwarder,Route\n';
  const everyUnique = uniqueShare > 0 ? Math.round(1 / uniqueShare) : Infinity;
  let unique = offset;
  for (let i = 1; i <= lines; i += 1) {
    let description: string;
    let cas = '';
    let smiles: string;
    if (i % everyUnique === 0) {
      description = `Intermediate ${unique}`;
      smiles = uniqueStructure(unique % uniqueStructureCount);
      unique += 1;
    } else {
      [description, cas, smiles] = REPEATED_LINES[i % REPEATED_LINES.length]! as [string, string, string];
    }
    const quantity = ((i * 7919) % 500) + 1;
    yield `${i},${description},${cas},${smiles},2933.39,${quantity},${UNITS[i % UNITS.length]},Shanghai Fine Chem,"${CONSIGNEES[i % CONSIGNEES.length]}",Pacific Freight,${ROUTES[i % ROUTES.length]}\n`;
  }
}

export const manifestText = (lines: number, uniqueShare: number, offset = 0) =>
  [...manifestCsv(lines, uniqueShare, offset)].join('');
