/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Center { name divisionCode }\n      ... on Mediator { name }\n      ... on User { username }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "query NodesById($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": typeof types.NodesByIdDocument,
    "\n  query ApiSeed {\n    centers(first: 1, filter: { search: \"150627\" }) { nodes { id name } }\n    mediators(first: 1, filter: { search: \"张翠芳\" }) { nodes { id name } }\n    caseCategories { code nameZh nameEn }\n  }\n": typeof types.ApiSeedDocument,
    "query ApiMe { viewer { id username } }": typeof types.ApiMeDocument,
    "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { username displayName }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SessionCreateDocument,
    "\n  mutation SessionRenew($input: SessionRenewInput!) {\n    sessionRenew(input: $input) { accessToken refreshToken userErrors { field message code } }\n  }\n": typeof types.SessionRenewDocument,
    "mutation SessionRevoke { sessionRevoke { revoked userErrors { code } } }": typeof types.SessionRevokeDocument,
    "\n  query Viewer {\n    viewer { id username displayName title phone active lastLoginAt homeCenter { name }\n      roles { id role center { name } agency { shortName } mediator { name } } }\n  }\n": typeof types.ViewerDocument,
    "\n  query Users($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount nodes { id username version phone } } }\n": typeof types.UsersDocument,
    "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id username displayName version homeCenter { name } } userErrors { field message code } }\n  }\n": typeof types.UserCreateDocument,
    "\n  mutation UserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id active version } userErrors { field message code } }\n  }\n": typeof types.UserUpdateDocument,
    "\n  mutation RoleGrant($input: RoleGrantInput!) {\n    userRoleGrant(input: $input) { roleAssignment { id role center { name } agency { shortName } } userErrors { field message code } }\n  }\n": typeof types.RoleGrantDocument,
    "\n  mutation RoleRevoke($input: RoleRevokeInput!) {\n    userRoleRevoke(input: $input) { revokedRoleAssignmentId user { username } userErrors { field message code } }\n  }\n": typeof types.RoleRevokeDocument,
    "\n  mutation PasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) { user { username } userErrors { field message code } }\n  }\n": typeof types.PasswordChangeDocument,
    "query CenterIds { centers(first: 20) { nodes { id name } } }": typeof types.CenterIdsDocument,
    "query AgencyIds($search: String) { agencies(first: 50, filter: { search: $search }) { nodes { id name shortName } } }": typeof types.AgencyIdsDocument,
    "\n  fragment CenterFields on Center { id name level divisionCode version archivedAt parent { id name } ancestors { name } }\n": typeof types.CenterFieldsFragmentDoc,
    "\n  query Centers($first: Int, $after: String, $last: Int, $before: String, $filter: CenterFilter, $orderBy: CenterOrder) {\n    centers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { ...CenterFields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.CentersDocument,
    "\n  mutation CenterCreate($input: CenterCreateInput!) {\n    centerCreate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n": typeof types.CenterCreateDocument,
    "\n  mutation CenterUpdate($input: CenterUpdateInput!) {\n    centerUpdate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n": typeof types.CenterUpdateDocument,
    "\n  mutation CenterArchive($input: ArchiveInput!) {\n    centerArchive(input: $input) { center { id archivedAt } userErrors { field message code } }\n  }\n": typeof types.CenterArchiveDocument,
    "\n  mutation AgencyCreate($input: AgencyCreateInput!) {\n    agencyCreate(input: $input) { agency { id name shortName kind group version center { name } } userErrors { field message code } }\n  }\n": typeof types.AgencyCreateDocument,
    "\n  query Agencies($filter: AgencyFilter) {\n    agencies(first: 100, filter: $filter) { totalCount nodes { id shortName kind group } }\n  }\n": typeof types.AgenciesDocument,
    "\n  mutation StationingCreate($input: StationingCreateInput!) {\n    stationingCreate(input: $input) {\n      stationing { id mode windowNumber startDate endDate version agency { shortName } center { name } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.StationingCreateDocument,
    "\n  mutation StationingEnd($input: StationingEndInput!) {\n    stationingEnd(input: $input) { stationing { id endDate version } userErrors { field message code } }\n  }\n": typeof types.StationingEndDocument,
    "\n  mutation MediatorCreate($input: MediatorCreateInput!) {\n    mediatorCreate(input: $input) {\n      mediator { id name phone studio title specialties capacity active version agency { shortName } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.MediatorCreateDocument,
    "\n  mutation MediatorUpdate($input: MediatorUpdateInput!) {\n    mediatorUpdate(input: $input) { mediator { id capacity active version } userErrors { field message code } }\n  }\n": typeof types.MediatorUpdateDocument,
    "\n  query Mediators($filter: MediatorFilter) {\n    mediators(first: 50, filter: $filter) { totalCount nodes { id name phone studio specialties agency { shortName } } }\n  }\n": typeof types.MediatorsDocument,
    "\n  query Lookup {\n    centers(first: 20) { nodes { id name version } }\n    agencies(first: 100) { nodes { id name shortName version center { name } } }\n    mediators(first: 50) { nodes { id name version agency { center { name } } } }\n    stationings(first: 100) { nodes { id version agency { name } center { name } } }\n  }\n": typeof types.LookupDocument,
    "query PermUsers { users(first: 100) { nodes { id username version roles { id role } } } }": typeof types.PermUsersDocument,
    "mutation PCenterCreate($input: CenterCreateInput!) { centerCreate(input: $input) { center { id } userErrors { code } } }": typeof types.PCenterCreateDocument,
    "mutation PCenterUpdate($input: CenterUpdateInput!) { centerUpdate(input: $input) { center { id } userErrors { code } } }": typeof types.PCenterUpdateDocument,
    "mutation PCenterArchive($input: ArchiveInput!) { centerArchive(input: $input) { center { id } userErrors { code } } }": typeof types.PCenterArchiveDocument,
    "mutation PAgencyCreate($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id } userErrors { code } } }": typeof types.PAgencyCreateDocument,
    "mutation PAgencyUpdate($input: AgencyUpdateInput!) { agencyUpdate(input: $input) { agency { id } userErrors { code } } }": typeof types.PAgencyUpdateDocument,
    "mutation PAgencyArchive($input: ArchiveInput!) { agencyArchive(input: $input) { agency { id } userErrors { code } } }": typeof types.PAgencyArchiveDocument,
    "mutation PStationingCreate($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { code } } }": typeof types.PStationingCreateDocument,
    "mutation PStationingUpdate($input: StationingUpdateInput!) { stationingUpdate(input: $input) { stationing { id } userErrors { code } } }": typeof types.PStationingUpdateDocument,
    "mutation PStationingEnd($input: StationingEndInput!) { stationingEnd(input: $input) { stationing { id } userErrors { code } } }": typeof types.PStationingEndDocument,
    "mutation PMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id } userErrors { code } } }": typeof types.PMediatorCreateDocument,
    "mutation PMediatorUpdate($input: MediatorUpdateInput!) { mediatorUpdate(input: $input) { mediator { id } userErrors { code } } }": typeof types.PMediatorUpdateDocument,
    "mutation PMediatorArchive($input: ArchiveInput!) { mediatorArchive(input: $input) { mediator { id } userErrors { code } } }": typeof types.PMediatorArchiveDocument,
    "mutation PUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }": typeof types.PUserCreateDocument,
    "mutation PUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id } userErrors { code } } }": typeof types.PUserUpdateDocument,
    "mutation PRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { code } } }": typeof types.PRoleGrantDocument,
    "mutation PRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { revokedRoleAssignmentId userErrors { code } } }": typeof types.PRoleRevokeDocument,
};
const documents: Documents = {
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Center { name divisionCode }\n      ... on Mediator { name }\n      ... on User { username }\n    }\n  }\n": types.NodeByIdDocument,
    "query NodesById($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": types.NodesByIdDocument,
    "\n  query ApiSeed {\n    centers(first: 1, filter: { search: \"150627\" }) { nodes { id name } }\n    mediators(first: 1, filter: { search: \"张翠芳\" }) { nodes { id name } }\n    caseCategories { code nameZh nameEn }\n  }\n": types.ApiSeedDocument,
    "query ApiMe { viewer { id username } }": types.ApiMeDocument,
    "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { username displayName }\n      userErrors { field message code }\n    }\n  }\n": types.SessionCreateDocument,
    "\n  mutation SessionRenew($input: SessionRenewInput!) {\n    sessionRenew(input: $input) { accessToken refreshToken userErrors { field message code } }\n  }\n": types.SessionRenewDocument,
    "mutation SessionRevoke { sessionRevoke { revoked userErrors { code } } }": types.SessionRevokeDocument,
    "\n  query Viewer {\n    viewer { id username displayName title phone active lastLoginAt homeCenter { name }\n      roles { id role center { name } agency { shortName } mediator { name } } }\n  }\n": types.ViewerDocument,
    "\n  query Users($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount nodes { id username version phone } } }\n": types.UsersDocument,
    "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id username displayName version homeCenter { name } } userErrors { field message code } }\n  }\n": types.UserCreateDocument,
    "\n  mutation UserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id active version } userErrors { field message code } }\n  }\n": types.UserUpdateDocument,
    "\n  mutation RoleGrant($input: RoleGrantInput!) {\n    userRoleGrant(input: $input) { roleAssignment { id role center { name } agency { shortName } } userErrors { field message code } }\n  }\n": types.RoleGrantDocument,
    "\n  mutation RoleRevoke($input: RoleRevokeInput!) {\n    userRoleRevoke(input: $input) { revokedRoleAssignmentId user { username } userErrors { field message code } }\n  }\n": types.RoleRevokeDocument,
    "\n  mutation PasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) { user { username } userErrors { field message code } }\n  }\n": types.PasswordChangeDocument,
    "query CenterIds { centers(first: 20) { nodes { id name } } }": types.CenterIdsDocument,
    "query AgencyIds($search: String) { agencies(first: 50, filter: { search: $search }) { nodes { id name shortName } } }": types.AgencyIdsDocument,
    "\n  fragment CenterFields on Center { id name level divisionCode version archivedAt parent { id name } ancestors { name } }\n": types.CenterFieldsFragmentDoc,
    "\n  query Centers($first: Int, $after: String, $last: Int, $before: String, $filter: CenterFilter, $orderBy: CenterOrder) {\n    centers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { ...CenterFields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.CentersDocument,
    "\n  mutation CenterCreate($input: CenterCreateInput!) {\n    centerCreate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n": types.CenterCreateDocument,
    "\n  mutation CenterUpdate($input: CenterUpdateInput!) {\n    centerUpdate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n": types.CenterUpdateDocument,
    "\n  mutation CenterArchive($input: ArchiveInput!) {\n    centerArchive(input: $input) { center { id archivedAt } userErrors { field message code } }\n  }\n": types.CenterArchiveDocument,
    "\n  mutation AgencyCreate($input: AgencyCreateInput!) {\n    agencyCreate(input: $input) { agency { id name shortName kind group version center { name } } userErrors { field message code } }\n  }\n": types.AgencyCreateDocument,
    "\n  query Agencies($filter: AgencyFilter) {\n    agencies(first: 100, filter: $filter) { totalCount nodes { id shortName kind group } }\n  }\n": types.AgenciesDocument,
    "\n  mutation StationingCreate($input: StationingCreateInput!) {\n    stationingCreate(input: $input) {\n      stationing { id mode windowNumber startDate endDate version agency { shortName } center { name } }\n      userErrors { field message code }\n    }\n  }\n": types.StationingCreateDocument,
    "\n  mutation StationingEnd($input: StationingEndInput!) {\n    stationingEnd(input: $input) { stationing { id endDate version } userErrors { field message code } }\n  }\n": types.StationingEndDocument,
    "\n  mutation MediatorCreate($input: MediatorCreateInput!) {\n    mediatorCreate(input: $input) {\n      mediator { id name phone studio title specialties capacity active version agency { shortName } }\n      userErrors { field message code }\n    }\n  }\n": types.MediatorCreateDocument,
    "\n  mutation MediatorUpdate($input: MediatorUpdateInput!) {\n    mediatorUpdate(input: $input) { mediator { id capacity active version } userErrors { field message code } }\n  }\n": types.MediatorUpdateDocument,
    "\n  query Mediators($filter: MediatorFilter) {\n    mediators(first: 50, filter: $filter) { totalCount nodes { id name phone studio specialties agency { shortName } } }\n  }\n": types.MediatorsDocument,
    "\n  query Lookup {\n    centers(first: 20) { nodes { id name version } }\n    agencies(first: 100) { nodes { id name shortName version center { name } } }\n    mediators(first: 50) { nodes { id name version agency { center { name } } } }\n    stationings(first: 100) { nodes { id version agency { name } center { name } } }\n  }\n": types.LookupDocument,
    "query PermUsers { users(first: 100) { nodes { id username version roles { id role } } } }": types.PermUsersDocument,
    "mutation PCenterCreate($input: CenterCreateInput!) { centerCreate(input: $input) { center { id } userErrors { code } } }": types.PCenterCreateDocument,
    "mutation PCenterUpdate($input: CenterUpdateInput!) { centerUpdate(input: $input) { center { id } userErrors { code } } }": types.PCenterUpdateDocument,
    "mutation PCenterArchive($input: ArchiveInput!) { centerArchive(input: $input) { center { id } userErrors { code } } }": types.PCenterArchiveDocument,
    "mutation PAgencyCreate($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id } userErrors { code } } }": types.PAgencyCreateDocument,
    "mutation PAgencyUpdate($input: AgencyUpdateInput!) { agencyUpdate(input: $input) { agency { id } userErrors { code } } }": types.PAgencyUpdateDocument,
    "mutation PAgencyArchive($input: ArchiveInput!) { agencyArchive(input: $input) { agency { id } userErrors { code } } }": types.PAgencyArchiveDocument,
    "mutation PStationingCreate($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { code } } }": types.PStationingCreateDocument,
    "mutation PStationingUpdate($input: StationingUpdateInput!) { stationingUpdate(input: $input) { stationing { id } userErrors { code } } }": types.PStationingUpdateDocument,
    "mutation PStationingEnd($input: StationingEndInput!) { stationingEnd(input: $input) { stationing { id } userErrors { code } } }": types.PStationingEndDocument,
    "mutation PMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id } userErrors { code } } }": types.PMediatorCreateDocument,
    "mutation PMediatorUpdate($input: MediatorUpdateInput!) { mediatorUpdate(input: $input) { mediator { id } userErrors { code } } }": types.PMediatorUpdateDocument,
    "mutation PMediatorArchive($input: ArchiveInput!) { mediatorArchive(input: $input) { mediator { id } userErrors { code } } }": types.PMediatorArchiveDocument,
    "mutation PUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }": types.PUserCreateDocument,
    "mutation PUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id } userErrors { code } } }": types.PUserUpdateDocument,
    "mutation PRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { code } } }": types.PRoleGrantDocument,
    "mutation PRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { revokedRoleAssignmentId userErrors { code } } }": types.PRoleRevokeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Center { name divisionCode }\n      ... on Mediator { name }\n      ... on User { username }\n    }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Center { name divisionCode }\n      ... on Mediator { name }\n      ... on User { username }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodesById($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"): (typeof documents)["query NodesById($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiSeed {\n    centers(first: 1, filter: { search: \"150627\" }) { nodes { id name } }\n    mediators(first: 1, filter: { search: \"张翠芳\" }) { nodes { id name } }\n    caseCategories { code nameZh nameEn }\n  }\n"): (typeof documents)["\n  query ApiSeed {\n    centers(first: 1, filter: { search: \"150627\" }) { nodes { id name } }\n    mediators(first: 1, filter: { search: \"张翠芳\" }) { nodes { id name } }\n    caseCategories { code nameZh nameEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiMe { viewer { id username } }"): (typeof documents)["query ApiMe { viewer { id username } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { username displayName }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { username displayName }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRenew($input: SessionRenewInput!) {\n    sessionRenew(input: $input) { accessToken refreshToken userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation SessionRenew($input: SessionRenewInput!) {\n    sessionRenew(input: $input) { accessToken refreshToken userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionRevoke { sessionRevoke { revoked userErrors { code } } }"): (typeof documents)["mutation SessionRevoke { sessionRevoke { revoked userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { id username displayName title phone active lastLoginAt homeCenter { name }\n      roles { id role center { name } agency { shortName } mediator { name } } }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { id username displayName title phone active lastLoginAt homeCenter { name }\n      roles { id role center { name } agency { shortName } mediator { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount nodes { id username version phone } } }\n"): (typeof documents)["\n  query Users($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount nodes { id username version phone } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id username displayName version homeCenter { name } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id username displayName version homeCenter { name } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id active version } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation UserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id active version } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleGrant($input: RoleGrantInput!) {\n    userRoleGrant(input: $input) { roleAssignment { id role center { name } agency { shortName } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RoleGrant($input: RoleGrantInput!) {\n    userRoleGrant(input: $input) { roleAssignment { id role center { name } agency { shortName } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleRevoke($input: RoleRevokeInput!) {\n    userRoleRevoke(input: $input) { revokedRoleAssignmentId user { username } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RoleRevoke($input: RoleRevokeInput!) {\n    userRoleRevoke(input: $input) { revokedRoleAssignmentId user { username } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) { user { username } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation PasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) { user { username } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CenterIds { centers(first: 20) { nodes { id name } } }"): (typeof documents)["query CenterIds { centers(first: 20) { nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgencyIds($search: String) { agencies(first: 50, filter: { search: $search }) { nodes { id name shortName } } }"): (typeof documents)["query AgencyIds($search: String) { agencies(first: 50, filter: { search: $search }) { nodes { id name shortName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CenterFields on Center { id name level divisionCode version archivedAt parent { id name } ancestors { name } }\n"): (typeof documents)["\n  fragment CenterFields on Center { id name level divisionCode version archivedAt parent { id name } ancestors { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Centers($first: Int, $after: String, $last: Int, $before: String, $filter: CenterFilter, $orderBy: CenterOrder) {\n    centers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { ...CenterFields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Centers($first: Int, $after: String, $last: Int, $before: String, $filter: CenterFilter, $orderBy: CenterOrder) {\n    centers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { ...CenterFields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CenterCreate($input: CenterCreateInput!) {\n    centerCreate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CenterCreate($input: CenterCreateInput!) {\n    centerCreate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CenterUpdate($input: CenterUpdateInput!) {\n    centerUpdate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CenterUpdate($input: CenterUpdateInput!) {\n    centerUpdate(input: $input) { center { ...CenterFields } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CenterArchive($input: ArchiveInput!) {\n    centerArchive(input: $input) { center { id archivedAt } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CenterArchive($input: ArchiveInput!) {\n    centerArchive(input: $input) { center { id archivedAt } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyCreate($input: AgencyCreateInput!) {\n    agencyCreate(input: $input) { agency { id name shortName kind group version center { name } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation AgencyCreate($input: AgencyCreateInput!) {\n    agencyCreate(input: $input) { agency { id name shortName kind group version center { name } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies($filter: AgencyFilter) {\n    agencies(first: 100, filter: $filter) { totalCount nodes { id shortName kind group } }\n  }\n"): (typeof documents)["\n  query Agencies($filter: AgencyFilter) {\n    agencies(first: 100, filter: $filter) { totalCount nodes { id shortName kind group } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationingCreate($input: StationingCreateInput!) {\n    stationingCreate(input: $input) {\n      stationing { id mode windowNumber startDate endDate version agency { shortName } center { name } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation StationingCreate($input: StationingCreateInput!) {\n    stationingCreate(input: $input) {\n      stationing { id mode windowNumber startDate endDate version agency { shortName } center { name } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationingEnd($input: StationingEndInput!) {\n    stationingEnd(input: $input) { stationing { id endDate version } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation StationingEnd($input: StationingEndInput!) {\n    stationingEnd(input: $input) { stationing { id endDate version } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediatorCreate($input: MediatorCreateInput!) {\n    mediatorCreate(input: $input) {\n      mediator { id name phone studio title specialties capacity active version agency { shortName } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation MediatorCreate($input: MediatorCreateInput!) {\n    mediatorCreate(input: $input) {\n      mediator { id name phone studio title specialties capacity active version agency { shortName } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediatorUpdate($input: MediatorUpdateInput!) {\n    mediatorUpdate(input: $input) { mediator { id capacity active version } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation MediatorUpdate($input: MediatorUpdateInput!) {\n    mediatorUpdate(input: $input) { mediator { id capacity active version } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mediators($filter: MediatorFilter) {\n    mediators(first: 50, filter: $filter) { totalCount nodes { id name phone studio specialties agency { shortName } } }\n  }\n"): (typeof documents)["\n  query Mediators($filter: MediatorFilter) {\n    mediators(first: 50, filter: $filter) { totalCount nodes { id name phone studio specialties agency { shortName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lookup {\n    centers(first: 20) { nodes { id name version } }\n    agencies(first: 100) { nodes { id name shortName version center { name } } }\n    mediators(first: 50) { nodes { id name version agency { center { name } } } }\n    stationings(first: 100) { nodes { id version agency { name } center { name } } }\n  }\n"): (typeof documents)["\n  query Lookup {\n    centers(first: 20) { nodes { id name version } }\n    agencies(first: 100) { nodes { id name shortName version center { name } } }\n    mediators(first: 50) { nodes { id name version agency { center { name } } } }\n    stationings(first: 100) { nodes { id version agency { name } center { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermUsers { users(first: 100) { nodes { id username version roles { id role } } } }"): (typeof documents)["query PermUsers { users(first: 100) { nodes { id username version roles { id role } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PCenterCreate($input: CenterCreateInput!) { centerCreate(input: $input) { center { id } userErrors { code } } }"): (typeof documents)["mutation PCenterCreate($input: CenterCreateInput!) { centerCreate(input: $input) { center { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PCenterUpdate($input: CenterUpdateInput!) { centerUpdate(input: $input) { center { id } userErrors { code } } }"): (typeof documents)["mutation PCenterUpdate($input: CenterUpdateInput!) { centerUpdate(input: $input) { center { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PCenterArchive($input: ArchiveInput!) { centerArchive(input: $input) { center { id } userErrors { code } } }"): (typeof documents)["mutation PCenterArchive($input: ArchiveInput!) { centerArchive(input: $input) { center { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PAgencyCreate($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id } userErrors { code } } }"): (typeof documents)["mutation PAgencyCreate($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PAgencyUpdate($input: AgencyUpdateInput!) { agencyUpdate(input: $input) { agency { id } userErrors { code } } }"): (typeof documents)["mutation PAgencyUpdate($input: AgencyUpdateInput!) { agencyUpdate(input: $input) { agency { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PAgencyArchive($input: ArchiveInput!) { agencyArchive(input: $input) { agency { id } userErrors { code } } }"): (typeof documents)["mutation PAgencyArchive($input: ArchiveInput!) { agencyArchive(input: $input) { agency { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PStationingCreate($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { code } } }"): (typeof documents)["mutation PStationingCreate($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PStationingUpdate($input: StationingUpdateInput!) { stationingUpdate(input: $input) { stationing { id } userErrors { code } } }"): (typeof documents)["mutation PStationingUpdate($input: StationingUpdateInput!) { stationingUpdate(input: $input) { stationing { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PStationingEnd($input: StationingEndInput!) { stationingEnd(input: $input) { stationing { id } userErrors { code } } }"): (typeof documents)["mutation PStationingEnd($input: StationingEndInput!) { stationingEnd(input: $input) { stationing { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id } userErrors { code } } }"): (typeof documents)["mutation PMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PMediatorUpdate($input: MediatorUpdateInput!) { mediatorUpdate(input: $input) { mediator { id } userErrors { code } } }"): (typeof documents)["mutation PMediatorUpdate($input: MediatorUpdateInput!) { mediatorUpdate(input: $input) { mediator { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PMediatorArchive($input: ArchiveInput!) { mediatorArchive(input: $input) { mediator { id } userErrors { code } } }"): (typeof documents)["mutation PMediatorArchive($input: ArchiveInput!) { mediatorArchive(input: $input) { mediator { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }"): (typeof documents)["mutation PUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id } userErrors { code } } }"): (typeof documents)["mutation PUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { code } } }"): (typeof documents)["mutation PRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { revokedRoleAssignmentId userErrors { code } } }"): (typeof documents)["mutation PRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { revokedRoleAssignmentId userErrors { code } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;