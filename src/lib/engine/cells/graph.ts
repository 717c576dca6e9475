// The dependency graph of named values: who defines each name, who reads it, an evaluation order,
// and the cycles and duplicate names that become error values instead of being evaluated.
// Pure structure: knows nothing of formulas or values.

/** A node defines one or more names and reads others (a cell defines one; the finance model many). */
export interface GraphNode {
	readonly key: string;
	readonly defines: readonly string[];
	readonly reads: readonly string[];
}

export interface Graph {
	/** Nodes that can be evaluated, each after every node it reads. */
	readonly order: readonly string[];
	/** Nodes on a cycle, each with the loop of names through it ("a -> b -> a"). */
	readonly cycles: ReadonlyMap<string, readonly string[]>;
	/** Names defined by more than one node. */
	readonly duplicates: ReadonlySet<string>;
	/** The node that defines each (non-duplicate) name. */
	readonly owner: ReadonlyMap<string, string>;
	/** For each node, the nodes that read one of its names. */
	readonly readers: ReadonlyMap<string, readonly string[]>;
}

/**
 * Build the graph: Tarjan's strongly connected components give the cycles (any component of more
 * than one node, or a node reading itself) and, reversed, a topological order of the rest.
 */
export function buildGraph(nodes: readonly GraphNode[]): Graph {
	// Work on integer indices: string-keyed maps dominated the time on large notebooks. Plain
	// loops, no spreads or per-entry pairs: a full evaluation builds the graph for every cell.
	const count = nodes.length;
	const ownerIndex = new Map<string, number>();
	const duplicates = new Set<string>();
	for (let i = 0; i < count; i++) {
		for (const name of nodes[i]!.defines) {
			if (ownerIndex.has(name)) duplicates.add(name);
			else ownerIndex.set(name, i);
		}
	}
	for (const name of duplicates) ownerIndex.delete(name);

	// Each target once per node; `seenBy[t] === i` says node i already has the edge to t, in O(1).
	const edges: number[][] = new Array<number[]>(count);
	const seenBy = new Int32Array(count).fill(-1);
	for (let i = 0; i < count; i++) {
		const targets: number[] = [];
		for (const name of nodes[i]!.reads) {
			const target = ownerIndex.get(name);
			if (target === undefined || seenBy[target] === i) continue;
			seenBy[target] = i;
			targets.push(target);
		}
		edges[i] = targets;
	}

	// Tarjan, iteratively so a chain of 10,000 cells cannot overflow the stack. Components are
	// emitted dependencies-first, which is the evaluation order; a single node that does not read
	// itself goes straight into the order without a component array.
	const order: string[] = [];
	const cycles = new Map<string, readonly string[]>();
	const index = new Int32Array(count).fill(-1);
	const low = new Int32Array(count);
	const onStack = new Uint8Array(count);
	const stack: number[] = [];
	const work: number[] = [];
	const next = new Int32Array(count);
	let counter = 0;
	function visit(v: number): void {
		index[v] = low[v] = counter;
		counter += 1;
		stack.push(v);
		onStack[v] = 1;
		next[v] = 0;
		work.push(v);
	}
	for (let start = 0; start < count; start += 1) {
		if (index[start] !== -1) continue;
		visit(start);
		while (work.length > 0) {
			const v = work[work.length - 1]!;
			const targets = edges[v]!;
			if (next[v]! < targets.length) {
				const w = targets[next[v]!]!;
				next[v] = next[v]! + 1;
				if (index[w] === -1) visit(w);
				else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
				continue;
			}
			work.pop();
			const parent = work[work.length - 1];
			if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[v]!);
			if (low[v] !== index[v]) continue;
			if (stack[stack.length - 1] === v && !targets.includes(v)) {
				stack.pop();
				onStack[v] = 0;
				order.push(nodes[v]!.key);
				continue;
			}
			const component: number[] = [];
			let member: number;
			do {
				member = stack.pop()!;
				onStack[member] = 0;
				component.push(member);
			} while (member !== v);
			const members = new Set(component);
			for (const i of component) cycles.set(nodes[i]!.key, loopThrough(i, members, edges, nodes));
		}
	}

	// `owner` and `readers` serve edits (renames, what an edit reaches), not a full evaluation:
	// built on first use, from the same edges, so evaluating from scratch does not pay for them.
	let owner: Map<string, string> | undefined;
	let readers: Map<string, readonly string[]> | undefined;
	return {
		order,
		cycles,
		duplicates,
		get owner() {
			if (owner === undefined) {
				owner = new Map();
				for (const [name, i] of ownerIndex) owner.set(name, nodes[i]!.key);
			}
			return owner;
		},
		get readers() {
			if (readers === undefined) {
				const keys: string[][] = [];
				for (let i = 0; i < count; i++) keys.push([]);
				for (let i = 0; i < count; i++) for (const t of edges[i]!) keys[t]!.push(nodes[i]!.key);
				readers = new Map();
				for (let i = 0; i < count; i++) readers.set(nodes[i]!.key, keys[i]!);
			}
			return readers;
		}
	};
}

/** The shortest loop of names from node `start` back to itself inside its component (breadth-first). */
function loopThrough(
	start: number,
	members: ReadonlySet<number>,
	edges: readonly (readonly number[])[],
	nodes: readonly GraphNode[]
): string[] {
	// A cell is named by its name; a provider (key "provider:model") as "the model".
	const nameOf = (i: number) => {
		const node = nodes[i]!;
		return node.key.startsWith('provider:')
			? `the ${node.key.slice('provider:'.length)}`
			: (node.defines[0] ?? node.key);
	};
	const previous = new Map<number, number>();
	const queue = [start];
	while (queue.length > 0) {
		const current = queue.shift()!;
		for (const next of edges[current]!) {
			if (!members.has(next)) continue;
			if (next === start) {
				const path = [current];
				while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
				return [...path, start].map(nameOf);
			}
			if (!previous.has(next)) {
				previous.set(next, current);
				queue.push(next);
			}
		}
	}
	return [nameOf(start)];
}
