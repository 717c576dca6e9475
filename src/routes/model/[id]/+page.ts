import { error } from '@sveltejs/kit';
import { exampleById } from '$lib/examples';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const example = exampleById(params.id);
	if (!example) error(404, `There is no example model called "${params.id}".`);
	if (!example.loaded.ok) {
		const list = example.loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
		error(422, `The model ${example.path} could not be read: ${list}`);
	}
	return { id: example.id, text: example.text, file: example.loaded.file };
};
