/**
 * Generated from the journey service's own OpenAPI document (GET /openapi.json) by
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
    "/journeys/{journeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A survivor's cross-agency timeline: stage, next statutory date, agencies involved
         * @description No personal data. Visible to case workers of the agencies involved; commissioners see aggregates only.
         */
        get: operations["ViewJourney_view"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorResponse: {
            /** @description The status's name, e.g. 'Not Found' */
            error: string;
            message: string | string[];
            /** @description The HTTP status again */
            statusCode: number;
        };
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
        /** @enum {string} */
        JourneyDeadlineKind: "reasonable-grounds-due" | "reconsideration-window-closes" | "recovery-period-minimum-reached" | "place-of-safety-decision-due";
        JourneyDeadlineResponse: {
            /**
             * Format: date
             * @example 2026-12-08
             */
            dueOn: string;
            kind: components["schemas"]["JourneyDeadlineKind"];
            /** @description On the day read (London): only a decision can be overdue, the RG decision after its target day */
            overdue: boolean;
        };
        JourneyPlacementResponse: {
            /** @description The first night needed, the day a hold on a bed ends, or the planned move-out */
            nextDate: components["schemas"]["PlacementDateResponse"] | null;
            status: components["schemas"]["PlacementStage"];
        };
        /** @enum {string} */
        JourneyStage: "identified" | "awaiting-reasonable-grounds" | "duty-to-notify-only" | "suspended" | "recovery-period" | "negative-reasonable-grounds" | "reconsideration-requested" | "positive-conclusive-grounds" | "negative-conclusive-grounds" | "disqualified" | "withdrawn";
        JourneyViewResponse: {
            /** @description Every agency involved; only they can see the journey */
            agencies: string[];
            /** Format: uuid */
            journeyId: string;
            /** @description null: no statutory date is running */
            nextDeadline: components["schemas"]["JourneyDeadlineResponse"] | null;
            /** Format: date-time */
            openedAt: string;
            /** @description The safe-house placement, beside the NRM stage; null while none was asked for */
            placement: components["schemas"]["JourneyPlacementResponse"] | null;
            stage: components["schemas"]["JourneyStage"];
            /** @description Oldest first */
            timeline: components["schemas"]["TimelineEntryResponse"][];
        };
        /** @enum {string} */
        PlacementDateKind: "needed-from" | "hold-expires" | "planned-move-out";
        PlacementDateResponse: {
            kind: components["schemas"]["PlacementDateKind"];
            /** Format: date */
            on: string;
        };
        /** @enum {string} */
        PlacementStage: "requested" | "offered" | "accepted" | "moved-in" | "moved-out" | "withdrawn";
        TimelineEntryResponse: {
            /** @description The agency whose action this was */
            agency: string;
            /**
             * Format: uuid
             * @description The integration event this entry records
             */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * Format: date-time
             * @description When the event reached the journey service
             */
            recordedAt: string;
            /** @description What changed, by event type; never personal data (journey-projection.ts) */
            summary: {
                [key: string]: unknown;
            };
            /**
             * @description The integration event type (its contract in libs/contracts)
             * @enum {string}
             */
            type: "waypoint.identification.potential-victim-identified.v1" | "waypoint.identification.place-of-safety-offered.v1" | "waypoint.identification.place-of-safety-lapsed.v1" | "waypoint.identification.consent-given-later.v1" | "waypoint.identification.personal-data-erased.v1" | "waypoint.referral.nrm-referral-submitted.v1" | "waypoint.referral.duty-to-notify-recorded.v1" | "waypoint.referral.nrm-case-updated.v1" | "waypoint.referral.nrm-clock-reached.v1" | "waypoint.placement.placement-requested.v1" | "waypoint.placement.placement-offered.v1" | "waypoint.placement.placement-offer-accepted.v1" | "waypoint.placement.placement-offer-declined.v1" | "waypoint.placement.placement-offer-expired.v1" | "waypoint.placement.placement-moved-in.v1" | "waypoint.placement.placement-move-out-planned.v1" | "waypoint.placement.placement-moved-out.v1" | "waypoint.placement.placement-request-withdrawn.v1";
        };
        ValidationErrorResponse: {
            /** @description The status's name, e.g. 'Not Found' */
            error: string;
            errors: components["schemas"]["FieldProblemResponse"][];
            message: string | string[];
            /** @description The HTTP status again */
            statusCode: number;
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
    ViewJourney_view: {
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
            /** @description The journey */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyViewResponse"];
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
            /** @description The token's role may not do this (allowed: first-responder, advocate, safe-house-staff, support-worker) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No journey involving your agency (whether it exists is itself need-to-know) */
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
}
