/**
 * Questions the "who manages what" widget asks of the responsibility data (lesson 1.4): the stack
 * for one service, counts by owner, and what changes hands between two choices.
 */

import { LAYERS, SERVICE_MODELS, type Layer, type LayerId, type Owner, type Responsibility, type ServiceId, type ServiceModel } from './responsibility-data';

/** A layer with who owns it for the chosen service. */
export interface StackRow {
  readonly layer: Layer;
  readonly responsibility: Responsibility;
}

/** The service with this id; the ids are a closed set, so an unknown one is a programming error. */
export function serviceModel(id: ServiceId): ServiceModel {
  const found = SERVICE_MODELS.find((service) => service.id === id);
  if (!found) throw new Error(`Unknown service "${id}".`);
  return found;
}

/** The stack of a service, top (your data) to bottom (the building). */
export function stackFor(id: ServiceId): StackRow[] {
  const service = serviceModel(id);
  return LAYERS.map((layer) => ({ layer, responsibility: service.layers[layer.id] }));
}

/** How many layers each side owns. */
export function countByOwner(id: ServiceId): Readonly<Record<Owner, number>> {
  const counts: Record<Owner, number> = { you: 0, provider: 0, shared: 0 };
  for (const row of stackFor(id)) counts[row.responsibility.owner]++;
  return counts;
}

/** What moves when you go from one choice to another. */
export interface Comparison {
  /** Layers you ran fully before and no longer run alone. */
  readonly handedOver: readonly Layer[];
  /** Layers you now run (fully or partly) that the provider used to run alone. */
  readonly takenOn: readonly Layer[];
  /** Layers that are fully yours in both. */
  readonly stillYours: readonly Layer[];
}

const weight: Record<Owner, number> = { you: 2, shared: 1, provider: 0 };

/** Compares the stacks of `from` and `to`, layer by layer. */
export function compareServices(from: ServiceId, to: ServiceId): Comparison {
  const a = serviceModel(from);
  const b = serviceModel(to);
  const handedOver: Layer[] = [];
  const takenOn: Layer[] = [];
  const stillYours: Layer[] = [];
  for (const layer of LAYERS) {
    const before = weight[a.layers[layer.id].owner];
    const after = weight[b.layers[layer.id].owner];
    if (after < before) handedOver.push(layer);
    else if (after > before) takenOn.push(layer);
    else if (before === weight.you) stillYours.push(layer);
  }
  return { handedOver, takenOn, stillYours };
}

/** "Owner" text for a cell: "You", "AWS", "Shared" or "SaaS provider". */
export function ownerLabel(owner: Owner, service: ServiceModel): string {
  if (owner === 'you') return 'You';
  if (owner === 'shared') return `Shared with ${service.provider}`;
  return service.provider === 'AWS' ? 'AWS' : 'SaaS provider';
}

/**
 * Names of layers as a readable list: "a, b and c". Names such as "servers and storage" contain
 * "and" themselves, so such lists use semicolons: "data; identity and access; and application".
 */
export function layerList(layers: readonly Layer[]): string {
  const names = layers.map((layer) => layer.name.toLowerCase());
  if (names.length <= 1) return names.join('');
  if (names.length === 2 && !names.some((name) => name.includes(' and '))) return `${names[0]} and ${names[1]}`;
  const separator = names.some((name) => name.includes(' and ')) ? ';' : ',';
  return `${names.slice(0, -1).join(`${separator} `)}${separator} and ${names[names.length - 1]}`;
}

/** The layer ids in stack order, for tests and tables. */
export const LAYER_ORDER: readonly LayerId[] = LAYERS.map((layer) => layer.id);
