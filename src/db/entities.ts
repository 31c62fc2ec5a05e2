import { Category } from '../modules/catalog/category.entity.js';
import { RoleAssignment } from '../modules/identity/role-assignment.entity.js';
import { Session } from '../modules/identity/session.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { Agency } from '../modules/organisation/agency.entity.js';
import { Center } from '../modules/organisation/center.entity.js';
import { Mediator } from '../modules/organisation/mediator.entity.js';
import { Stationing } from '../modules/organisation/stationing.entity.js';

/** Every entity the ORM knows; listed explicitly so start-up does no file discovery. */
export const ENTITIES = [Center, Agency, Stationing, Mediator, Category, User, RoleAssignment, Session];
