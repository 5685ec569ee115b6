/**
 * Every public page the content relies on, by organisation and page title, as
 * published (so never translated). Each content file names the pages it uses
 * by id; the widgets' footers list them. No URLs: we never invent an address.
 */
import type { Source } from './types.js';

const PAGES = {
  'nhs-stroke': { organisation: 'NHS', title: 'Stroke' },
  'cdc-stroke': { organisation: 'CDC', title: 'Signs and Symptoms of Stroke' },
  'nhs-cauda-equina': { organisation: 'NHS', title: 'Cauda equina syndrome' },
  'nhs-sciatica': { organisation: 'NHS', title: 'Sciatica' },
  'nhs-compartment': { organisation: 'NHS', title: 'Compartment syndrome' },
  'nhs-pad': { organisation: 'NHS', title: 'Peripheral arterial disease (PAD)' },
  'nhs-gbs': { organisation: 'NHS', title: 'Guillain-Barré syndrome' },
  'nhs-myasthenia': { organisation: 'NHS', title: 'Myasthenia gravis' },
  'nice-spinal-injury': { organisation: 'NICE', title: 'Spinal injury: assessment and initial management (NG41)' },
  'nice-mscc': { organisation: 'NICE', title: 'Spinal metastases and metastatic spinal cord compression (NG234)' },
  'nhs-meningitis': { organisation: 'NHS', title: 'Meningitis' },
  'nhs-sepsis': { organisation: 'NHS', title: 'Sepsis' },
  'nhs-atorvastatin': { organisation: 'NHS', title: 'Atorvastatin' },
  'nhs-simvastatin': { organisation: 'NHS', title: 'Simvastatin' },
  'nhs-pravastatin': { organisation: 'NHS', title: 'Pravastatin' },
  'nhs-rosuvastatin': { organisation: 'NHS', title: 'Rosuvastatin' },
  'medlineplus-rhabdo': { organisation: 'MedlinePlus', title: 'Rhabdomyolysis' },
  'medlineplus-hypokalemia': { organisation: 'MedlinePlus', title: 'Low blood potassium' },
  'medlineplus-weakness': { organisation: 'MedlinePlus', title: 'Weakness' },
  'ninds-stroke': { organisation: 'NINDS', title: 'Stroke' },
  'nhs-ms': { organisation: 'NHS', title: 'Multiple sclerosis' },
  'nhs-neuropathy': { organisation: 'NHS', title: 'Peripheral neuropathy' },
  'nhs-mnd': { organisation: 'NHS', title: 'Motor neurone disease' },
  'ninds-gbs': { organisation: 'NINDS', title: 'Guillain-Barré Syndrome' },
  'nhs-muscular-dystrophy': { organisation: 'NHS', title: 'Muscular dystrophy' },
  'nice-mecfs': {
    organisation: 'NICE',
    title: 'Myalgic encephalomyelitis (or encephalopathy)/chronic fatigue syndrome: diagnosis and management (NG206)',
  },
  'cdc-west-nile': { organisation: 'CDC', title: 'West Nile Virus' },
  'nhs-dehydration': { organisation: 'NHS', title: 'Dehydration' },
  'nhs-exercise': { organisation: 'NHS', title: 'Exercise' },
  'nhs-falls': { organisation: 'NHS', title: 'Falls' },
} as const satisfies Record<string, Omit<Source, 'id'>>;

export type SourceId = keyof typeof PAGES;

/** The pages with these ids, in this order. */
export function sources(...ids: SourceId[]): readonly Source[] {
  return ids.map((id) => ({ id, ...PAGES[id] }));
}
