/**
 * Generated from the identification service's own OpenAPI document (GET /openapi.json) by
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
    "/identifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's agency's identifications awaiting a decision
         * @description awaiting=place-of-safety-decision: adults offered a place of safety who have not decided yet, each with the last day to decide. Other agencies' never appear; no personal details.
         */
        get: operations["ListIdentifications_list"];
        put?: never;
        /**
         * Record a potential victim identified by a first responder
         * @description Publishes potential-victim-identified.v1 (no personal data); referral then opens an NRM case or records a Duty to Notify.
         */
        post: operations["RecordIdentification_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identifications/{journeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The identifying agency's record of a journey, with its personal details
         * @description The read of personal details is audited.
         */
        get: operations["ViewIdentification_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identifications/{journeyId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An adult's consent decision after identification
         * @description An adult offered a place of safety decides ('given' or 'declined'): potential-victim-identified.v1 is published then. An adult who declined consents later ('given'): consent-given-later.v1, and referral opens the NRM case from this date.
         */
        post: operations["GiveConsent_give"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identifications/{journeyId}/personal-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The survivor's personal details, to the safe-house provider looking after them
         * @description Open from the provider's acceptance of the placement until move-out (learnt from placement's events); audited.
         */
        get: operations["PersonalData_forProvider"];
        /**
         * Replace the survivor's personal details (correction)
         * @description Audited.
         */
        put: operations["PersonalData_correct"];
        post?: never;
        /**
         * Erase the survivor's personal details (crypto-shredding)
         * @description Deletes the journey's data key and publishes personal-data-erased.v1 so other services purge what they hold. Idempotent.
         */
        delete: operations["PersonalData_erase"];
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
        /** @enum {string} */
        AgeGroup: "adult" | "child";
        /** @enum {string} */
        Area: "birmingham" | "coventry" | "solihull" | "dudley" | "sandwell" | "walsall" | "wolverhampton" | "warwickshire" | "staffordshire" | "west-mercia";
        AwaitingDecisionListResponse: {
            /** @description Newest first; a fixed number at most (truncated says when more exist). No personal details. */
            identifications: components["schemas"]["AwaitingDecisionResponse"][];
            /** @description True when the agency has more than the limit and the oldest were left off */
            truncated: boolean;
        };
        AwaitingDecisionResponse: {
            ageGroup: components["schemas"]["AgeGroup"];
            area: components["schemas"]["Area"];
            /** Format: date-time */
            identifiedAt: string;
            /** Format: uuid */
            journeyId: string;
            /** @description The last day to decide is behind today (London) and no decision is recorded */
            overdue: boolean;
            /**
             * Format: date
             * @description The last day to decide (3 working days)
             */
            placeOfSafetyDecisionDueOn: string;
        };
        ConsentRecordedResponse: {
            /** @enum {string} */
            consent: "given" | "declined";
            /** Format: date-time */
            decidedAt: string;
            /** Format: uuid */
            journeyId: string;
        };
        ErrorResponse: {
            /** @description The status's name, e.g. 'Not Found' */
            error: string;
            message: string | string[];
            /** @description The HTTP status again */
            statusCode: number;
        };
        /** @enum {string} */
        ExploitationLocation: "uk" | "overseas" | "uk-and-overseas" | "unknown";
        /**
         * @description Every type seen; several may apply at once
         * @enum {string}
         */
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
        /** @enum {string} */
        FirstResponderOrganisationType: "police" | "local-authority" | "home-office-immigration" | "national-crime-agency" | "gangmasters-and-labour-abuse-authority" | "charity";
        Function: Record<string, never>;
        GiveConsentDto: {
            /**
             * @description 'declined' only for an adult offered a place of safety who has not yet decided
             * @example given
             * @enum {string}
             */
            consent: "given" | "declined";
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
        IdentificationRecordedResponse: {
            /** @description 'not-required-child' for a child, who is always referred; 'undecided' for an adult offered a place of safety */
            consent: components["schemas"]["RecordedConsent"];
            /** Format: date-time */
            identifiedAt: string;
            /**
             * Format: uuid
             * @description The pseudonymous id every agency knows this journey by; it reveals nothing about the person
             */
            journeyId: string;
            /**
             * Format: date
             * @description Only when consent is 'undecided': the last day to decide (3 working days)
             */
            placeOfSafetyDecisionDueOn?: string;
        };
        IdentificationViewResponse: {
            ageGroup: components["schemas"]["AgeGroup"];
            area: components["schemas"]["Area"];
            consent: components["schemas"]["RecordedConsent"];
            /**
             * Format: date-time
             * @description When an adult who had declined gave consent later; null otherwise
             */
            consentGivenLaterAt: string | null;
            countyLines: boolean;
            exploitationTypes: components["schemas"]["ExploitationType"][];
            exploitedIn: components["schemas"]["ExploitationLocation"];
            /** @description The recording token's agency: the only agency that can see this record */
            firstResponderAgency: string;
            firstResponderOrganisationType: components["schemas"]["FirstResponderOrganisationType"];
            /** Format: date-time */
            identifiedAt: string;
            indicators: components["schemas"]["IndicatorCode"][];
            /** Format: uuid */
            journeyId: string;
            /** Format: date-time */
            personalDataErasedAt: string | null;
            /** @description null: none were recorded, or they were erased (then personalDataErasedAt says when). Reading them is audited. */
            personalDetails: components["schemas"]["PersonalDetailsResponse"] | null;
            /**
             * Format: date
             * @description For an adult offered a place of safety: the last day to decide; null otherwise
             */
            placeOfSafetyDecisionDueOn: string | null;
            /** @description The subject of the token that recorded it */
            recordedBy: string;
        };
        /**
         * @description General indicators seen (statutory guidance): PHY-01 Physical injuries or signs of abuse; PHY-02 Malnourished, unkempt or lacking medical care; PHY-03 Fearful, anxious, withdrawn or submissive; PHY-04 Fear of authorities (police, immigration); PHY-05 Signs of psychological trauma or dissociation; PHY-06 Substance misuse or dependency encouraged by others; SIT-01 Isolated or controlled by others; SIT-02 Poor or overcrowded housing, or living at the workplace; SIT-03 Few possessions or the same clothes every day; SIT-04 No identity documents, or documents held by someone else; SIT-05 Movement restricted or always accompanied; SIT-06 Dropped off and collected at unusual times; SIT-07 Debt to an employer, or deductions from pay; SIT-08 Little or no pay, or pay held by someone else; SIT-09 Unable to speak for themselves; someone answers for them; SIT-10 Travel or work arranged by someone else
         * @enum {string}
         */
        IndicatorCode: "PHY-01" | "PHY-02" | "PHY-03" | "PHY-04" | "PHY-05" | "PHY-06" | "SIT-01" | "SIT-02" | "SIT-03" | "SIT-04" | "SIT-05" | "SIT-06" | "SIT-07" | "SIT-08" | "SIT-09" | "SIT-10";
        PersonalDataErasedResponse: {
            /**
             * Format: date-time
             * @description When the details were first erased; erasing again answers the same
             */
            erasedAt: string;
            /** Format: uuid */
            journeyId: string;
        };
        PersonalDetailsCorrectedResponse: {
            /** Format: uuid */
            journeyId: string;
            personalDetails: components["schemas"]["PersonalDetailsResponse"];
        };
        PersonalDetailsDto: {
            /** @example 07700 900123 */
            contact?: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             * @example 1990-05-17
             */
            dateOfBirth?: string;
            /** @example Alex Example */
            fullName: string;
            /** @example Albanian */
            nationality?: string;
        };
        PersonalDetailsForProviderResponse: {
            /** Format: uuid */
            journeyId: string;
            /** Format: date-time */
            personalDataErasedAt: string | null;
            /** @description null: none recorded, or erased */
            personalDetails: components["schemas"]["PersonalDetailsResponse"] | null;
        };
        PersonalDetailsResponse: {
            /** @example 07700 900123 */
            contact: string | null;
            /**
             * Format: date
             * @example 1990-05-17
             */
            dateOfBirth: string | null;
            /** @example Alex Example */
            fullName: string;
            /** @example Albanian */
            nationality: string | null;
        };
        /**
         * @description 'not-required-child' for a child, who is always referred; 'undecided' for an adult offered a place of safety
         * @enum {string}
         */
        RecordedConsent: "given" | "declined" | "not-required-child" | "undecided";
        RecordIdentificationDto: {
            /** @example adult */
            ageGroup: components["schemas"]["AgeGroup"];
            /** @example birmingham */
            area: components["schemas"]["Area"];
            /**
             * @description Required for an adult ('undecided': offered a place of safety, with up to 3 working days to decide); must be omitted for a child, who is always referred
             * @example given
             * @enum {string}
             */
            consent?: "given" | "declined" | "undecided";
            /** @example false */
            countyLines: boolean;
            /**
             * @description Every type seen; several may apply at once
             * @example [
             *       "labour"
             *     ]
             */
            exploitationTypes: components["schemas"]["ExploitationType"][];
            /** @example uk */
            exploitedIn: components["schemas"]["ExploitationLocation"];
            /** @example police */
            firstResponderOrganisationType: components["schemas"]["FirstResponderOrganisationType"];
            /**
             * @description General indicators seen (statutory guidance): PHY-01 Physical injuries or signs of abuse; PHY-02 Malnourished, unkempt or lacking medical care; PHY-03 Fearful, anxious, withdrawn or submissive; PHY-04 Fear of authorities (police, immigration); PHY-05 Signs of psychological trauma or dissociation; PHY-06 Substance misuse or dependency encouraged by others; SIT-01 Isolated or controlled by others; SIT-02 Poor or overcrowded housing, or living at the workplace; SIT-03 Few possessions or the same clothes every day; SIT-04 No identity documents, or documents held by someone else; SIT-05 Movement restricted or always accompanied; SIT-06 Dropped off and collected at unusual times; SIT-07 Debt to an employer, or deductions from pay; SIT-08 Little or no pay, or pay held by someone else; SIT-09 Unable to speak for themselves; someone answers for them; SIT-10 Travel or work arranged by someone else
             * @example [
             *       "SIT-04",
             *       "PHY-01"
             *     ]
             */
            indicators: components["schemas"]["IndicatorCode"][];
            /** @description Kept only in this service, sealed under the journey's own key; never published */
            personalDetails?: components["schemas"]["PersonalDetailsDto"];
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
    ListIdentifications_list: {
        parameters: {
            query: {
                /** @description Required. 'place-of-safety-decision': adults offered a place of safety who have not decided yet */
                awaiting: "place-of-safety-decision";
            };
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
                    "application/json": components["schemas"]["AwaitingDecisionListResponse"];
                };
            };
            /** @description awaiting is missing or not 'place-of-safety-decision', or an unknown query parameter; the answer names each field and rule */
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
        };
    };
    RecordIdentification_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordIdentificationDto"];
            };
        };
        responses: {
            /** @description Recorded; the journey id is new */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentificationRecordedResponse"];
                };
            };
            /** @description The body is not a valid identification (unknown fields included); nothing was written; the answer names each field and rule */
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
    ViewIdentification_view: {
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
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentificationViewResponse"];
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
            /** @description No such identification for your agency (whether it exists elsewhere is not said) */
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
    GiveConsent_give: {
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
                "application/json": components["schemas"]["GiveConsentDto"];
            };
        };
        responses: {
            /** @description The decision recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRecordedResponse"];
                };
            };
            /** @description journeyId is not a UUID, or consent is not 'given' or 'declined'; the answer names each field and rule */
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
            /** @description No such identification for your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Nothing left to decide: the survivor is a child, consent was already given, or declining again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
    PersonalData_forProvider: {
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
            /** @description The details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDetailsForProviderResponse"];
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
            /** @description The token's role may not do this (allowed: safe-house-staff) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such identification for your agency */
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
    PersonalData_correct: {
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
                "application/json": components["schemas"]["PersonalDetailsDto"];
            };
        };
        responses: {
            /** @description The details now held */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDetailsCorrectedResponse"];
                };
            };
            /** @description journeyId is not a UUID, or the body is not valid personal details; the answer names each field and rule */
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
            /** @description No such identification for your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The personal details were erased; they cannot be restored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
    PersonalData_erase: {
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
            /** @description Erased (now or before) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataErasedResponse"];
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
            /** @description No such identification for your agency */
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
