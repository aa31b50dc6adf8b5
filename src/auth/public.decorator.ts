import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'partner-graph:public';

/** Marks a route that anyone may call (the health check). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
