// The shape of a custom function's documentation: its help, parameters and result, as JSDoc will show them.

/** One documented parameter; `type` is a JSDoc type expression. */
export interface ParamDoc {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly optional?: boolean;
}

export interface FunctionDoc {
  /** The autocomplete help: what the function gives, in one or two sentences. */
  readonly summary: string;
  readonly params: readonly ParamDoc[];
  readonly returns: { readonly type: string; readonly description: string };
}

/** JSDoc type of a parameter that takes one cell or a range of them. */
export const RANGE_OF = (type: string): string => `${type}|Array<Array<${type}>>`;
