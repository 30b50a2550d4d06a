/** Whether a `/`-separated path matches a glob; dot files and folders match too. */
export declare function globMatch(path: string, pattern: string): boolean;
