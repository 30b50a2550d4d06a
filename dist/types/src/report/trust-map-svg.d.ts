import type { GraphEdge, TrustGraph } from '../intel/graph.js';
/** Text for HTML/SVG content and attribute values. */
export declare function escapeHtml(s: string): string;
export type EdgeDirection = 'inbound' | 'outbound' | 'both' | 'between';
export declare const DIRECTION_COLOUR: Record<EdgeDirection, string>;
/** Which way an edge runs, seen from the declared tenants (users travel from `from` to `to`). */
export declare function edgeDirection(e: GraphEdge, declared: ReadonlySet<string>): EdgeDirection;
export interface TrustMapOptions {
    /** Findings about each node (tenant ID or partner tenant ID, lower case), one line each, for its tooltip. */
    findings?: ReadonlyMap<string, readonly string[]>;
}
/** The trust map as one `<svg>` element; an empty-map paragraph when there is nothing to draw. */
export declare function trustMapSvg(graph: TrustGraph, opts?: TrustMapOptions): string;
/** The legend under the map: what each colour and line style means. */
export declare function trustMapLegend(): string;
