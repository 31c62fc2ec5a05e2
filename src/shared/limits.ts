import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/** Query-shape limits applied on HTTP and WebSocket alike (the issue on hardening tunes them further). */
export const LIMITS = {
  depth: 12,
  aliases: 30,
};

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Refuses documents nested deeper than `max` fields (fragments followed, cycles cut). */
export function depthLimit(max = LIMITS.depth) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) deepest = Math.max(deepest, s.name.value.startsWith('__') ? 0 : 1 + depthOf(s.selectionSet, seen));
        else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(s.selectionSet, seen));
        else if (!seen.has(s.name.value)) {
          const next = new Set(seen).add(s.name.value);
          deepest = Math.max(deepest, depthOf(fragments.get(s.name.value)?.selectionSet, next));
        }
        if (deepest > max) return deepest;
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) context.reportError(limitError(`查询嵌套过深（${depth} 层，最多 ${max} 层）/ Query depth ${depth} exceeds ${max}`));
      },
    };
  };
}

/** Refuses documents with more than `max` aliased fields (alias flooding). */
export function aliasLimit(max = LIMITS.aliases) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > max) context.reportError(limitError(`别名过多（${aliases} 个，最多 ${max} 个）/ ${aliases} aliases exceed ${max}`));
        },
      },
    };
  };
}

export const LIMIT_RULES = [depthLimit(), aliasLimit()];
