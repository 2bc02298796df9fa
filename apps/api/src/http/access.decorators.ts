import { SetMetadata } from '@nestjs/common';
import type { Role } from '@convene/common';

export const IS_PUBLIC = 'convene:public';
export const REQUIRED_ROLES = 'convene:roles';

/** The route needs no access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The route needs one of these roles (round membership is checked by the domain). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
