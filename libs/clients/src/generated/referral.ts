/**
 * Generated from the referral service's own OpenAPI document (GET /openapi.json) by
 * `npm run clients:generate`. Do not edit: the e2e tier regenerates it from the running
 * service and fails on any difference.
 */
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the service can reach its database and Kafka
         * @description The only endpoint that needs no token: it says nothing about any survivor.
         */
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This service's OpenAPI 3.0 document */
        get: operations["OpenApi_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's agency's referrals, each with its next deadline
         * @description NRM cases and Duty to Notify records; other agencies' never appear.
         */
        get: operations["ListReferrals_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{journeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The referring agency's NRM case or Duty to Notify record for a journey
         * @description route says which: an NRM case (a child, or an adult who consented), with its next deadline and the commands it allows today, or an anonymous Duty to Notify.
         */
        get: operations["ViewReferral_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{journeyId}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply one command to the referring agency's NRM case
         * @description Decisions, suspension, withdrawal, reconsideration: `kind` selects the command and so its fields. Publishes nrm-case-updated.v1; a refused command writes nothing.
         */
        post: operations["RecordNrmDecision_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        AgeGroup: "adult" | "child";
        /** @enum {string} */
        Area: "birmingham" | "coventry" | "solihull" | "dudley" | "sandwell" | "walsall" | "wolverhampton" | "warwickshire" | "staffordshire" | "west-mercia";
        /** @enum {string} */
        CaseDeadlineKind: "reasonable-grounds-due" | "reconsideration-window-closes" | "recovery-period-minimum-reached";
        CaseDeadlineResponse: {
            /** Format: date */
            dueOn: string;
            kind: components["schemas"]["CaseDeadlineKind"];
            /** @description Only a decision can be overdue: the RG decision after its target day */
            overdue: boolean;
        };
        /**
         * @description Absent for a Duty to Notify
         * @enum {string}
         */
        CompetentAuthority: "SCA" | "IECA";
        /** @enum {string} */
        DecisionOutcome: "positive" | "negative";
        /** @enum {string} */
        DisqualificationGrounds: "public-order" | "bad-faith";
        DisqualifyDto: {
            /**
             * Format: date
             * @description The day of the disqualification decision (YYYY-MM-DD, London civil date); not after today, and not before the case's last change
             * @example 2026-11-20
             */
            decidedOn: string;
            grounds: components["schemas"]["DisqualificationGrounds"];
            /**
             * @description Which command this is (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "disqualify";
        };
        DutyToNotifyReferralResponse: {
            dutyToNotify: components["schemas"]["DutyToNotifyResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            route: "duty-to-notify";
        };
        DutyToNotifyResponse: {
            area: components["schemas"]["Area"];
            exploitationTypes: components["schemas"]["ExploitationType"][];
            /** Format: uuid */
            journeyId: string;
            /** Format: uuid */
            notificationId: string;
            /** Format: date-time */
            notifiedAt: string;
            notifyingAgency: string;
        };
        ErrorResponse: {
            /** @description The status's name, e.g. 'Not Found' */
            error: string;
            message: string | string[];
            /** @description The HTTP status again */
            statusCode: number;
        };
        /** @enum {string} */
        ExploitationType: "labour" | "sexual" | "criminal" | "domestic-servitude" | "unknown";
        FieldProblemResponse: {
            /**
             * @description The field at fault, dotted for nested fields; (body) for the body itself
             * @example area
             */
            field: string;
            /** @example area must be one of the following values: birmingham, coventry */
            message: string;
            /**
             * @description The rule it broke (class-validator constraint name)
             * @example isIn
             */
            rule: string;
        };
        Function: Record<string, never>;
        HealthChecks: {
            /** @enum {string} */
            database: "up" | "down";
            /** @enum {string} */
            kafka: "up" | "down";
        };
        HealthReport: {
            checks: components["schemas"]["HealthChecks"];
            /**
             * @description 'ok' only when the database and Kafka are both up
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        /**
         * @description The commands the case allows today, so a client offers only those (each is still judged when sent)
         * @enum {string}
         */
        NrmCaseCommandKind: "record-reasonable-grounds-decision" | "record-conclusive-grounds-decision" | "suspend" | "resume" | "withdraw" | "disqualify" | "request-reconsideration" | "record-reconsideration-result" | "refer-to-child-pilot-panel";
        NrmCaseRecordResponse: {
            ageGroup: components["schemas"]["AgeGroup"];
            area: components["schemas"]["Area"];
            /** Format: uuid */
            caseId: string;
            competentAuthority: components["schemas"]["CompetentAuthority"];
            exploitationTypes: components["schemas"]["ExploitationType"][];
            /** Format: uuid */
            journeyId: string;
            /** Format: date */
            reasonableGroundsDueOn: string;
            /** @description The agency that made the referral: the only agency that can see or change the case */
            referringAgency: string;
            state: components["schemas"]["NrmCaseStateResponse"];
            status: components["schemas"]["NrmCaseStatus"];
            /** Format: date-time */
            submittedAt: string;
            /** Format: date */
            submittedOn: string;
            version: number;
        };
        NrmCaseStateResponse: {
            ageGroup: components["schemas"]["AgeGroup"];
            /** Format: uuid */
            caseId: string;
            competentAuthority: components["schemas"]["CompetentAuthority"];
            /**
             * @description Who decides: the competent authority, or a child pilot site's local panel
             * @enum {string}
             */
            decisionMaker: "SCA" | "IECA" | "child-pilot-panel";
            /** @description Oldest first */
            decisions: (components["schemas"]["NrmStageDecisionResponse"] | components["schemas"]["NrmReconsiderationDecisionResponse"] | components["schemas"]["NrmDisqualificationDecisionResponse"])[];
            disqualificationGrounds?: components["schemas"]["DisqualificationGrounds"];
            /** Format: uuid */
            journeyId: string;
            /**
             * Format: date
             * @description The date of the latest accepted command; later commands may not be dated before it
             * @example 2026-11-20
             */
            lastChangedOn: string;
            /**
             * Format: date
             * @description The last day of move-on support after a decision that ends the recovery period
             * @example 2026-11-20
             */
            moveOnSupportEndsOn?: string;
            pendingReconsideration?: components["schemas"]["PendingReconsiderationResponse"];
            /**
             * Format: date
             * @description The Reasonable Grounds target set at referral
             * @example 2026-11-20
             */
            reasonableGroundsDueOn: string;
            /**
             * Format: date
             * @description The last day the current negative decision may be reconsidered
             * @example 2026-11-20
             */
            reconsiderationWindowClosesOn?: string;
            /**
             * Format: date
             * @description Set by a positive RG decision; the earliest end of the recovery period
             * @example 2026-11-20
             */
            recoveryPeriodMinimumEndsOn?: string;
            status: components["schemas"]["NrmCaseStatus"];
            /**
             * Format: date
             * @description Day 0 of the Reasonable Grounds target
             * @example 2026-11-20
             */
            submittedOn: string;
            /**
             * @description While suspended: the status a resumption returns to
             * @enum {string}
             */
            suspendedFrom?: "awaiting-reasonable-grounds" | "recovery-period" | "reconsideration-requested";
            /**
             * Format: date
             * @example 2026-11-20
             */
            suspendedOn?: string;
            /** @description 1 when opened, +1 per accepted command */
            version: number;
            /**
             * Format: date
             * @example 2026-11-20
             */
            withdrawnOn?: string;
        };
        /**
         * @description The NRM case status; absent for a Duty to Notify
         * @enum {string}
         */
        NrmCaseStatus: "awaiting-reasonable-grounds" | "suspended" | "recovery-period" | "negative-reasonable-grounds" | "reconsideration-requested" | "positive-conclusive-grounds" | "negative-conclusive-grounds" | "disqualified" | "withdrawn";
        NrmCaseViewResponse: {
            /** Format: uuid */
            caseId: string;
            /** Format: uuid */
            journeyId: string;
            /** @description What the case waits for next on the day the command was applied (London), as GET /referrals/{journeyId} says it; null when nothing */
            nextDeadline: components["schemas"]["CaseDeadlineResponse"] | null;
            state: components["schemas"]["NrmCaseStateResponse"];
            status: components["schemas"]["NrmCaseStatus"];
            version: number;
        };
        NrmCommandConflictResponse: {
            currentStatus: components["schemas"]["NrmCaseStatus"];
            /** @description The status's name, e.g. 'Not Found' */
            error: string;
            message: string | string[];
            /** @description The HTTP status again */
            statusCode: number;
        };
        NrmDisqualificationDecisionResponse: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            decidedOn: string;
            grounds: components["schemas"]["DisqualificationGrounds"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "disqualification";
            recordedBy: string;
        };
        NrmReconsiderationDecisionResponse: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            decidedOn: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "reconsideration";
            /**
             * @description The negative decision reconsidered
             * @enum {string}
             */
            of: "reasonable-grounds" | "conclusive-grounds";
            outcome: components["schemas"]["ReconsiderationResult"];
            recordedBy: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            requestedOn: string;
        };
        NrmReferralResponse: {
            /** @description The commands the case allows today, so a client offers only those (each is still judged when sent) */
            allowedCommands: components["schemas"]["NrmCaseCommandKind"][];
            /** @description What the case waits for next (London today); null when nothing */
            nextDeadline: components["schemas"]["CaseDeadlineResponse"] | null;
            nrmCase: components["schemas"]["NrmCaseRecordResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            route: "nrm";
        };
        NrmStageDecisionResponse: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            decidedOn: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "reasonable-grounds" | "conclusive-grounds";
            outcome: components["schemas"]["DecisionOutcome"];
            /** @description The user who recorded the decision in Waypoint */
            recordedBy: string;
        };
        PendingReconsiderationResponse: {
            /** @enum {string} */
            of: "reasonable-grounds" | "conclusive-grounds";
            /**
             * Format: date
             * @example 2026-11-20
             */
            requestedOn: string;
        };
        /** @enum {string} */
        ReconsiderationResult: "upheld" | "overturned";
        RecordConclusiveGroundsDecisionDto: {
            /**
             * Format: date
             * @description The day the Conclusive Grounds decision was made (YYYY-MM-DD, London civil date); not after today, and not before the case's last change
             * @example 2026-11-20
             */
            decidedOn: string;
            /**
             * @description Which command this is (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "record-conclusive-grounds-decision";
            /** @example positive */
            outcome: components["schemas"]["DecisionOutcome"];
        };
        RecordReasonableGroundsDecisionDto: {
            /**
             * Format: date
             * @description The day the Reasonable Grounds decision was made (YYYY-MM-DD, London civil date); not after today, and not before the case's last change
             * @example 2026-11-20
             */
            decidedOn: string;
            /**
             * @description Which command this is (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "record-reasonable-grounds-decision";
            /** @example positive */
            outcome: components["schemas"]["DecisionOutcome"];
        };
        RecordReconsiderationResultDto: {
            /**
             * Format: date
             * @description The day of the reconsideration result (YYYY-MM-DD, London civil date); not after today, and not before the case's last change
             * @example 2026-11-20
             */
            decidedOn: string;
            /**
             * @description Which command this is (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "record-reconsideration-result";
            result: components["schemas"]["ReconsiderationResult"];
        };
        ReferralListResponse: {
            /** @description Newest first, overdue cases first within a day; a fixed number at most (truncated says when more exist) */
            cases: components["schemas"]["ReferralSummaryResponse"][];
            /** @description True when the agency has more than the limit and the oldest were left off */
            truncated: boolean;
        };
        ReferralSummaryDeadlineResponse: {
            /** Format: date */
            dueOn: string;
            kind: components["schemas"]["CaseDeadlineKind"];
        };
        ReferralSummaryResponse: {
            ageGroup: components["schemas"]["AgeGroup"];
            area: components["schemas"]["Area"];
            /** @description Absent for a Duty to Notify */
            competentAuthority?: components["schemas"]["CompetentAuthority"];
            /** Format: uuid */
            journeyId: string;
            nextDeadline: components["schemas"]["ReferralSummaryDeadlineResponse"] | null;
            overdue: boolean;
            /** @enum {string} */
            route: "nrm" | "duty-to-notify";
            /** @description The NRM case status; absent for a Duty to Notify */
            status?: components["schemas"]["NrmCaseStatus"];
            /**
             * Format: date
             * @description The day the NRM referral was submitted, or the Duty to Notify made (London)
             */
            submittedOn: string;
        };
        ReferToChildPilotPanelDto: {
            /**
             * @description Which command this is (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "refer-to-child-pilot-panel";
            /**
             * Format: date
             * @description The day the case was referred to the child pilot panel (YYYY-MM-DD, London civil date); not after today, and not before the case's last change
             * @example 2026-11-20
             */
            referredOn: string;
        };
        RequestReconsiderationDto: {
            /**
             * @description Which command this is (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "request-reconsideration";
            /**
             * Format: date
             * @description The day reconsideration of the negative decision was requested (YYYY-MM-DD, London civil date); not after today, and not before the case's last change
             * @example 2026-11-20
             */
            requestedOn: string;
        };
        ResumeDto: {
            /**
             * @description Which command this is (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "resume";
            /**
             * Format: date
             * @description The day the person was found or re-engaged (YYYY-MM-DD, London civil date); not after today, and not before the case's last change
             * @example 2026-11-20
             */
            resumedOn: string;
        };
        SuspendDto: {
            /**
             * @description Which command this is (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "suspend";
            /**
             * Format: date
             * @description The day the person went missing (YYYY-MM-DD, London civil date); not after today, and not before the case's last change
             * @example 2026-11-20
             */
            suspendedOn: string;
        };
        ValidationErrorResponse: {
            /** @description The status's name, e.g. 'Not Found' */
            error: string;
            errors: components["schemas"]["FieldProblemResponse"][];
            message: string | string[];
            /** @description The HTTP status again */
            statusCode: number;
        };
        WithdrawDto: {
            /**
             * @description Which command this is (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "withdraw";
            /**
             * Format: date
             * @description The day the referral was withdrawn (YYYY-MM-DD, London civil date); not after today, and not before the case's last change
             * @example 2026-11-20
             */
            withdrawnOn: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database and Kafka are both up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description The database or Kafka is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
        };
    };
    OpenApi_document: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description No bearer token, or one that does not verify (signature, issuer, audience, expiry) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListReferrals_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralListResponse"];
                };
            };
            /** @description No bearer token, or one that does not verify (signature, issuer, audience, expiry) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this (allowed: first-responder) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ViewReferral_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The journey id */
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The referral, by route */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NrmReferralResponse"] | components["schemas"]["DutyToNotifyReferralResponse"];
                };
            };
            /** @description journeyId is not a UUID; the answer names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description No bearer token, or one that does not verify (signature, issuer, audience, expiry) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this (allowed: first-responder) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No referral for this journey in your agency (whether one exists elsewhere is not said) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RecordNrmDecision_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The journey id */
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReasonableGroundsDecisionDto"] | components["schemas"]["RecordConclusiveGroundsDecisionDto"] | components["schemas"]["SuspendDto"] | components["schemas"]["ResumeDto"] | components["schemas"]["WithdrawDto"] | components["schemas"]["DisqualifyDto"] | components["schemas"]["RequestReconsiderationDto"] | components["schemas"]["RecordReconsiderationResultDto"] | components["schemas"]["ReferToChildPilotPanelDto"];
            };
        };
        responses: {
            /** @description The case after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NrmCaseViewResponse"];
                };
            };
            /** @description journeyId is not a UUID, kind is unknown, a field of that kind is missing or invalid, or a date breaks a case rule (after today, before the last change); the answer names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description No bearer token, or one that does not verify (signature, issuer, audience, expiry) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this (allowed: first-responder) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No NRM case for this journey in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The command is not allowed in the case's current status (currentStatus says which) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NrmCommandConflictResponse"];
                };
            };
            /** @description The body is larger than 32768 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
        };
    };
}
