/**
 * What `pull`, `drift` and `apply` read from the live tenant, turned into `import`'s input (src/graph/import.ts), so
 * that a pull and an import of the same responses write the same declarations.
 *
 * Read (v1.0; beta only for the properties v1.0 lacks):
 * - `/organization`: the tenant's id, name and verified domains (Organization.Read.All);
 * - `/subscribedSkus`: `license` from the service plans, AAD_PREMIUM_P2 → p2, AAD_PREMIUM → p1, else free
 *   (Organization.Read.All);
 * - `/policies/crossTenantAccessPolicy`, `/default`, `/partners` (paged); beta `/default` and `/partners` for `blockServiceProviderOutboundAccess`,
 *   `crossCloudMeetingConfiguration` and `protectedContentSharing` only; each partner's `identitySynchronization`
 *   from beta (404: none), whose `groupSyncInbound` and `externalCloudAuthorizedApplicationId` v1.0 lacks;
 * - `/identity/conditionalAccess/policies` for `tenant.facts.mfaRequiredForExternalUsers` (Policy.Read.All); when it
 *   cannot be read the fact is left as it is and a note says why.
 */
import type { ImportOptions, ImportSource } from '../graph/import.js';
import type { License } from '../resolve/model.js';
import type { GraphClient } from './types.js';
export declare const READ = "Policy.Read.All";
export declare const ORG_READ = "Organization.Read.All";
export declare const WRITE = "Policy.ReadWrite.CrossTenantAccess";
export interface LiveTenant {
    tenantId: string;
    sources: ImportSource[];
    options: ImportOptions;
    /** What could not be read, one line each (stderr). */
    notes: string[];
}
/** The plan from the subscribed SKUs' service plans (enabled SKUs, plans not disabled). */
export declare function licenseFromSkus(skus: readonly unknown[]): License;
/**
 * Whether an enabled Conditional Access policy requires MFA (or an authentication strength) of guests and external
 * users for all apps: included by `GuestsOrExternalUsers`, `includeGuestsOrExternalUsers` or `All`, not excluded as
 * such, and MFA required (alone or with AND).
 */
export declare function mfaRequiredForExternalUsers(policies: readonly unknown[]): boolean;
/** Read the live tenant. GraphFailures propagate, except where a note can stand for what could not be read. */
export declare function readLiveTenant(graph: GraphClient): Promise<LiveTenant>;
