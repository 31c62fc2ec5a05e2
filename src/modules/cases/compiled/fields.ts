import {
  BREAK, getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, isAbstractType, Kind, typeFromAST, visit,
  type FieldNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLSchema, type NamedTypeNode, type SelectionSetNode,
} from 'graphql';

/** What a selection is read against: the schema, the document's fragments, the coerced variables. */
export interface Selection {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

/**
 * The fields selected under `nodes` on the object type `type`, grouped by response key in document
 * order, as graphql-js collects them (`@skip`/`@include`, fragment spreads once each, inline fragments
 * and fragments whose type condition is the type or an abstract type containing it). graphql-js does not
 * export its own collector, so this is the same rule written with its public functions.
 */
export function collectSubfields(sel: Selection, type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const included = (node: { directives?: readonly unknown[] }): boolean => {
    if (!node.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, node as FieldNode, sel.variableValues)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, sel.variableValues)?.if !== false;
  };
  const matches = (condition: NamedTypeNode | undefined): boolean => {
    if (!condition) return true;
    const conditional = typeFromAST(sel.schema, condition);
    if (conditional === type) return true;
    return isAbstractType(conditional) && sel.schema.isSubType(conditional, type);
  };
  const collect = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = fields.get(key);
        if (list) list.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (matches(selection.typeCondition)) collect(selection.selectionSet);
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = sel.fragments[name];
        if (fragment && matches(fragment.typeCondition)) collect(fragment.selectionSet);
      }
    }
  };
  for (const node of nodes) if (node.selectionSet) collect(node.selectionSet);
  return fields;
}

/**
 * True when what is selected under `node` (its fields, their arguments, the fragments it spreads) reads
 * no variable and carries no directive: it then compiles the same way for every request of the document.
 */
export function fixedSelection(node: FieldNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  const seen = new Set<string>();
  const fixed = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return true;
    const spreads: string[] = [];
    let varies = false;
    visit(set, {
      Variable() {
        varies = true;
        return BREAK;
      },
      Directive() {
        varies = true;
        return BREAK;
      },
      FragmentSpread(spread) {
        spreads.push(spread.name.value);
      },
    });
    if (varies) return false;
    for (const name of spreads) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (!fixed(fragments[name]?.selectionSet)) return false;
    }
    return true;
  };
  return fixed(node.selectionSet);
}
