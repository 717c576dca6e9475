// What the bridge page's load depends on, so invalidate() can read the model again by itself.
export const MODEL_DEPENDENCY = 'bridgebook:model';
