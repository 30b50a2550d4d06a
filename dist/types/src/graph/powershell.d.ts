/**
 * Export's requests as a Microsoft Graph PowerShell script: one `Invoke-MgGraphRequest` per request, and for
 * create-or-update a GET first (404: POST, else PATCH). Bodies are JSON in single-quoted here-strings, so nothing
 * in them is expanded by PowerShell.
 */
import type { TenantPlan } from './export.js';
/** The script for every tenant's plan. */
export declare function powershellScript(plans: readonly TenantPlan[], version: string): string;
