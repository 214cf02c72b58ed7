// Synthetic persons only (@faker-js/faker, seeded): pools of names and streets drawn once, then combined by the
// seed's PRNG, which is far cheaper per row than calling faker millions of times and just as deterministic.
import { fakerEN_US, fakerES_MX } from '@faker-js/faker';
import type { Random } from './random';

export interface Person {
  name: string;
  birthDate: string;
  address: string | null;
}

export interface PeoplePools {
  purchaser(random: Random, usState: string): Person;
  possessor(random: Random, country: 'MX' | 'US'): Person;
}

const pad = (n: number) => String(n).padStart(2, '0');

function birthDate(random: Random): string {
  return `${1950 + random.int(54)}-${pad(1 + random.int(12))}-${pad(1 + random.int(28))}`;
}

export function peoplePools(seed: number): PeoplePools {
  fakerEN_US.seed(seed);
  fakerES_MX.seed(seed + 1);
  const us = {
    first: Array.from({ length: 1500 }, () => fakerEN_US.person.firstName()),
    last: Array.from({ length: 1500 }, () => fakerEN_US.person.lastName()),
    streets: Array.from({ length: 400 }, () => fakerEN_US.location.street()),
    cities: Array.from({ length: 300 }, () => fakerEN_US.location.city()),
  };
  const mx = {
    first: Array.from({ length: 800 }, () => fakerES_MX.person.firstName()),
    last: Array.from({ length: 800 }, () => fakerES_MX.person.lastName()),
  };
  return {
    purchaser: (random, usState) => ({
      name: `${random.pick(us.first)} ${random.pick(us.last)}`,
      birthDate: birthDate(random),
      address: `${1 + random.int(9899)} ${random.pick(us.streets)}, ${random.pick(us.cities)}, ${usState}`,
    }),
    possessor: (random, country) =>
      country === 'MX'
        ? {
            name: `${random.pick(mx.first)} ${random.pick(mx.last)}`,
            birthDate: birthDate(random),
            address: null,
          }
        : {
            name: `${random.pick(us.first)} ${random.pick(us.last)}`,
            birthDate: birthDate(random),
            address: null,
          },
  };
}
