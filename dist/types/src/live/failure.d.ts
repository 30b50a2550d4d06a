/**
 * A failure talking to Microsoft Graph: one line for people (exit 2). Recognised by name, not by class, because the
 * client lives in another bundle (dist/live.cjs) than the commands (dist/cli-main.cjs).
 */
export declare class GraphFailure extends Error {
    readonly status: number | undefined;
    readonly permission: string | undefined;
    constructor(message: string, extra?: {
        status?: number;
        permission?: string;
    });
}
export declare function isGraphFailure(err: unknown): err is GraphFailure;
