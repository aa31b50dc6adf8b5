import { SetMetadata } from '@nestjs/common';
import type { Role } from '../config/app-config';

export const REQUIRED_ROLE = 'partner-graph:required-role';

/** The least role a caller needs; roles are ordered reader < screener < admin. Default: reader. */
export const RequireRole = (role: Role): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLE, role);
