import type { Cloud } from '../resolve/knowledge.js';
import type { Level, RepoModel } from '../resolve/model.js';
export type EdgeKind = 'b2bCollaboration' | 'b2bDirectConnect' | 'mfaTrust' | 'deviceTrust' | 'identitySync' | 'automaticRedemption';
export declare const EDGE_KINDS: readonly EdgeKind[];
export interface GraphNode {
    /** The tenant ID, or `others:<tenant ID>` for every tenant that tenant does not list. */
    id: string;
    type: 'tenant' | 'partner' | 'others';
    name: string | null;
    label: string;
    cloud: Cloud | null;
}
export interface EdgeSide {
    /** The tenant whose setting this is. */
    tenant: string;
    /** The Graph property (`b2bCollaborationInbound`, `inboundTrust.isMfaAccepted`, …). */
    setting: string;
    allows: boolean;
    level: Level;
    file: string;
    /** `file:line` of the setting. */
    at: string;
}
export interface GraphEdge {
    /** Home tenant of the users (node id). */
    from: string;
    /** The tenant whose apps they use, or that trusts, syncs or redeems (node id). */
    to: string;
    kind: EdgeKind;
    label: string;
    /** Both sides declared and both allow (two-sided kinds only). */
    mutual: boolean;
    /** A declared side blocks what the other allows. */
    oneSided: boolean;
    /** True when the same edge also runs the other way (drawn once, with arrows at both ends). */
    bothWays: boolean;
    sides: EdgeSide[];
}
export interface TrustGraph {
    nodes: GraphNode[];
    edges: GraphEdge[];
}
/** The trust map of a model: nodes and edges, sorted; reverse edges with the same label merged into one. */
export declare function buildGraph(model: RepoModel): TrustGraph;
/** The part of a graph declared in files `select` accepts: edges with a side there, and their nodes. */
export declare function filterGraph(graph: TrustGraph, model: RepoModel, select: (repoPath: string) => boolean): TrustGraph;
/**
 * Text for a quoted Mermaid label, from a file: controls made visible (`visible()`, so no line break ends the
 * statement), and the characters Mermaid or the Markdown around the block read as entity codes: `#` and `&`
 * (entities), `"` (the label's end), `<` `>` (Mermaid renders labels as HTML), `%` (`%%` comments and
 * `%%{init}%%` directives, which Mermaid finds anywhere in the text), and the backtick (Markdown strings, fences).
 */
export declare function mermaidText(s: string): string;
/** The trust map as a Mermaid `flowchart`. */
export declare function graphMermaid(input: RepoModel | TrustGraph): string;
/** The trust map as Graphviz DOT. */
export declare function graphDot(input: RepoModel | TrustGraph): string;
/** The trust map as JSON: `{ nodes, edges }`; invisible characters escaped as `\uXXXX` (`inertJson`), the data unchanged. */
export declare function graphJson(input: RepoModel | TrustGraph): string;
