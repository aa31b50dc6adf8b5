import { createContext, useContext } from 'react';

export type Role = 'reader' | 'screener' | 'admin';

export interface Me {
  userId: string;
  displayName: string;
  role: Role;
  localMode: boolean;
}

const ORDER: Role[] = ['reader', 'screener', 'admin'];

export function can(me: Me | null, required: Role): boolean {
  return me !== null && ORDER.indexOf(me.role) >= ORDER.indexOf(required);
}

export const SessionContext = createContext<Me | null>(null);

export function useMe(): Me | null {
  return useContext(SessionContext);
}
