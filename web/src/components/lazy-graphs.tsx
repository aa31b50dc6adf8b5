import { lazy, Suspense } from 'react';
import type { EntitySummary, Path } from '../api/operations';
import { Loading } from './states';

// Cytoscape is most of the bundle: loaded with the first drawing, so the search page opens without it.
const GraphViewModule = lazy(() => import('../pages/graph-view').then((module) => ({ default: module.GraphView })));
const PathDrawingModule = lazy(() => import('./path-drawing').then((module) => ({ default: module.PathDrawing })));

export function LazyGraphView({ centre }: { centre: EntitySummary }) {
  return (
    <Suspense fallback={<Loading what="the graph" />}>
      <GraphViewModule centre={centre} />
    </Suspense>
  );
}

export function LazyPathDrawing({ paths, label }: { paths: Path[]; label: string }) {
  return (
    <Suspense fallback={<Loading what="the drawing" />}>
      <PathDrawingModule paths={paths} label={label} />
    </Suspense>
  );
}
