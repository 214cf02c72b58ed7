// Reference calibers: the cartridges most often found on crime guns recovered in Mexico, the US and Canada
// (9mm, .22, 7.62x39 and .223/5.56 lead Mexico's recoveries), with the spellings officers use for them.
import type { CaliberRef } from '../referenceTypes';

// 5.56x45mm NATO and .223 Remington (and 7.62x51mm NATO and .308 Winchester) are kept as one entry each: guns are
// marked either way and officers write both, so telling them apart would only produce false warnings.
export const CALIBERS: readonly CaliberRef[] = [
  { id: '22-lr', name: '.22 LR', aliases: ['.22 Long Rifle', '22LR', '.22', '22 L.R.', '.22 largo'] },
  { id: '22-wmr', name: '.22 WMR', aliases: ['.22 Magnum', '.22 Win Mag', '22 Mag', '.22 Winchester Magnum Rimfire'] },
  { id: '17-hmr', name: '.17 HMR', aliases: ['.17 Hornady Magnum Rimfire', '17HMR'] },
  { id: '25-acp', name: '.25 ACP', aliases: ['.25 Auto', '6.35mm', '6.35 Browning', '6.35x15mm'] },
  { id: '32-acp', name: '.32 ACP', aliases: ['.32 Auto', '7.65mm', '7.65 Browning', '7.65x17mm'] },
  { id: '380-acp', name: '.380 ACP', aliases: ['.380 Auto', '.380', '9mm Kurz', '9x17mm', '9mm Short', '9mm corto'] },
  {
    id: '9mm-luger',
    name: '9mm Luger',
    aliases: ['9mm', '9x19mm', '9x19', '9mm Parabellum', '9mm NATO', '9mm Para', '9 mm Luger'],
  },
  { id: '38-special', name: '.38 Special', aliases: ['.38 Spl', '.38 S&W Special', '.38 Especial'] },
  { id: '38-super', name: '.38 Super', aliases: ['.38 Super Auto', '.38 Super ACP', '.38 Súper'] },
  { id: '357-magnum', name: '.357 Magnum', aliases: ['.357 Mag', '.357'] },
  { id: '357-sig', name: '.357 SIG', aliases: ['357SIG'] },
  { id: '40-sw', name: '.40 S&W', aliases: ['.40', '.40 Smith & Wesson', '.40 Smith and Wesson'] },
  { id: '10mm-auto', name: '10mm Auto', aliases: ['10mm'] },
  { id: '45-acp', name: '.45 ACP', aliases: ['.45 Auto', '.45', '11.43mm', '11.43x23mm'] },
  { id: '45-colt', name: '.45 Colt', aliases: ['.45 Long Colt', '.45 LC'] },
  { id: '44-magnum', name: '.44 Magnum', aliases: ['.44 Mag', '.44 Rem Mag', '.44 Remington Magnum'] },
  { id: '57x28', name: '5.7x28mm', aliases: ['5.7x28', '5.7mm', 'FN 5.7'] },
  { id: '762x25', name: '7.62x25mm Tokarev', aliases: ['7.62x25', '7.62 Tokarev', '.30 Tokarev'] },
  { id: '762x39', name: '7.62x39mm', aliases: ['7.62x39', '7.62 x 39', '7,62x39'] },
  {
    id: '556x45',
    name: '5.56x45mm NATO / .223 Remington',
    aliases: ['5.56x45mm', '5.56x45', '5.56', '5.56mm', '5.56 NATO', '.223', '.223 Rem', '.223 Remington', '5,56'],
  },
  {
    id: '762x51',
    name: '7.62x51mm NATO / .308 Winchester',
    aliases: ['7.62x51mm', '7.62x51', '7.62 NATO', '.308', '.308 Win', '.308 Winchester', '7,62x51'],
  },
  { id: '762x54r', name: '7.62x54mmR', aliases: ['7.62x54R', '7.62x54'] },
  { id: '300-blk', name: '.300 AAC Blackout', aliases: ['.300 BLK', '.300 Blackout', '7.62x35mm'] },
  { id: '30-06', name: '.30-06 Springfield', aliases: ['.30-06', '30-06 Sprg'] },
  { id: '65-creedmoor', name: '6.5 Creedmoor', aliases: ['6.5 CM', '6.5mm Creedmoor'] },
  { id: '338-lapua', name: '.338 Lapua Magnum', aliases: ['.338 Lapua', '.338 LM'] },
  { id: '50-bmg', name: '.50 BMG', aliases: ['12.7x99mm', '12.7x99', '.50 Browning', '.50 cal', '.50'] },
  { id: '12-gauge', name: '12 gauge', aliases: ['12 ga', '12GA', '12 bore', 'calibre 12', 'calibre 12 ga'] },
  { id: '20-gauge', name: '20 gauge', aliases: ['20 ga', '20GA', '20 bore', 'calibre 20'] },
  { id: '410-bore', name: '.410 bore', aliases: ['.410', '.410 ga', '410 gauge'] },
];
