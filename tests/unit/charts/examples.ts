// The example models as engine input, shared by the chart tests.
import { readFileSync } from 'node:fs';
import type { ModelInput, View } from '../../../src/lib/engine/types';
import { loadModel } from '../load-model';

export const ICB = 'models/icb-template-2026-29.json';
export const PORTSMOUTH = 'models/portsmouth-ccg-2017-19.json';

function load(path: string): ModelInput {
	const loaded = loadModel(readFileSync(path, 'utf8'));
	if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	return loaded.value.input;
}

export const models = { [ICB]: load(ICB), [PORTSMOUTH]: load(PORTSMOUTH) };
export const views: View[] = ['plan', 'risk'];
