/**
 * Generated from the placement service's own OpenAPI document (GET /openapi.json) by
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
    "/houses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The vacancy board: houses with every bed by its state
         * @description Coordinators see every provider's houses; a provider's staff see their own.
         */
        get: operations["Directory_list"];
        put?: never;
        /**
         * Add a house to your provider's directory
         * @description The provider is your agency. The address is sealed at rest and never published.
         */
        post: operations["Directory_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/houses/{houseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One house, its rooms and beds by state, and its out-of-service periods */
        get: operations["Directory_view"];
        /**
         * Correct a house's details and address (its rooms and beds change through their own routes)
         * @description The address is re-sealed under a fresh house key. Offers already made keep their beds.
         */
        put: operations["Directory_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/houses/{houseId}/address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The house's address, to those allowed it; every read is audited
         * @description The provider's staff and coordinators; and the agency bringing a survivor for an accepted offer, until the move-in.
         */
        get: operations["Directory_address"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/houses/{houseId}/beds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a bed to a room of your house (a new room if none has the name)
         * @description A new bed is free: waiting requests it fits are shown to coordinators.
         */
        post: operations["Directory_addBed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/houses/{houseId}/fitting-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The waiting list for a house: waiting requests it can take now, in the order to offer
         * @description Most urgent first, then the longest waiting. Nothing is offered until a coordinator offers.
         */
        get: operations["WaitingList_fitting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/houses/{houseId}/out-of-service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a bed out of service for a period, with a reason
         * @description No new offer uses the bed over the period; whoever is in it stays.
         */
        post: operations["Directory_takeOutOfService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/houses/{houseId}/out-of-service/{periodId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the last day of an out-of-service period (the bed is back the day after) */
        post: operations["Directory_endOutOfService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers: a provider's staff see their own (incoming, arrivals, residents); coordinators all */
        get: operations["Offers_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offers/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer: to the coordinators, the provider, and the agency that asked */
        get: operations["Offers_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offers/{offerId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a held offer: the beds stay held for the arrival, and your provider joins the journey
         * @description Publishes placement-offer-accepted.v1.
         */
        post: operations["Offers_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offers/{offerId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a held offer, with a reason: the beds are free and the request waits again
         * @description Publishes placement-offer-declined.v1 (the reason as a category).
         */
        post: operations["Offers_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offers/{offerId}/move-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the arrival: the beds are occupied, and the planned move-out follows the NRM
         * @description Publishes placement-moved-in.v1.
         */
        post: operations["Offers_moveIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offers/{offerId}/move-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the departure, its reason and destination: the beds are free
         * @description Publishes placement-moved-out.v1.
         */
        post: operations["Offers_moveOut"];
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
    "/placement-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The requests queue: most urgent and longest waiting first
         * @description Coordinators see every agency's requests; others the ones their agency raised.
         */
        get: operations["Requests_queue"];
        put?: never;
        /**
         * Ask for a place for a survivor, for a journey your agency is involved in
         * @description The area of exploitation (from identification) is always avoided. Risk notes are sealed and never published. Publishes placement-requested.v1.
         */
        post: operations["Requests_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One request with its risk notes and offers
         * @description Reading the risk notes is audited. A provider sees the request only while an offer to it is open.
         */
        get: operations["Requests_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement-requests/{requestId}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Matching, now: eligible houses ranked, and every excluded house with each reason
         * @description docs/domain.md "Safe houses and placement" gives the hard constraints and the ranking.
         */
        get: operations["Requests_matches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement-requests/{requestId}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer a house: its beds for the household are held for the provider until the hold expires
         * @description Publishes placement-offered.v1. The database refuses a bed another offer holds: one of two coordinators offering the last bed gets 409.
         */
        post: operations["Requests_offer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placement-requests/{requestId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a request still seeking a place (its held or accepted offer gives its beds back)
         * @description Publishes placement-request-withdrawn.v1.
         */
        post: operations["Requests_withdraw"];
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
        AccessibilityFeature: "step-free-access" | "ground-floor-bedroom" | "accessible-bathroom" | "lift" | "hearing-loop";
        AddBedDto: {
            kind: components["schemas"]["BedKind"];
            label: string;
            /** @description An existing room of the house, or a new one */
            roomName: string;
        };
        AddHouseDto: {
            accessibility: components["schemas"]["AccessibilityFeature"][];
            /** @description Sealed at rest; shown only where docs/domain.md allows */
            address: components["schemas"]["AddressDto"];
            area: components["schemas"]["Area"];
            householdTypes: components["schemas"]["HouseholdType"][];
            /**
             * @description ISO 639-1 codes of the languages staff speak
             * @example [
             *       "en",
             *       "sq"
             *     ]
             */
            languages: string[];
            /** @example Rowan House */
            name: string;
            rooms: components["schemas"]["RoomDto"][];
        };
        AddressDto: {
            /** @example 12 Example Road */
            line1: string;
            line2?: string;
            /** @example B1 1AA */
            postcode: string;
            /** @example Birmingham */
            town: string;
        };
        /** @enum {string} */
        Area: "birmingham" | "coventry" | "solihull" | "dudley" | "sandwell" | "walsall" | "wolverhampton" | "warwickshire" | "staffordshire" | "west-mercia";
        BedCountsResponse: {
            free: number;
            held: number;
            occupied: number;
            "out-of-service": number;
        };
        BedDto: {
            kind: components["schemas"]["BedKind"];
            /** @example Bed 1 */
            label: string;
        };
        /** @enum {string} */
        BedKind: "single" | "double" | "cot";
        /**
         * @description Derived now: never typed in
         * @enum {string}
         */
        BedState: "free" | "held" | "occupied" | "out-of-service";
        BedTakenResponse: {
            /**
             * Format: uuid
             * @description When a bed was taken first: which
             */
            bedId?: string;
            /**
             * @description When a bed was taken first: its state now
             * @enum {string}
             */
            bedState?: "held" | "occupied";
            /** @description When the request is not waiting: its status */
            currentStatus?: string;
            /** @example Conflict */
            error: string;
            message: string[];
            /** @description When the house cannot take the household: every reason */
            reasons?: {
                detail?: string;
                reason?: string;
            }[];
            /** @example 409 */
            statusCode: number;
        };
        BedViewResponse: {
            /** Format: uuid */
            bedId: string;
            kind: components["schemas"]["BedKind"];
            label: string;
            /** @description Derived now: never typed in */
            state: components["schemas"]["BedState"];
        };
        DeclineOfferDto: {
            reason: components["schemas"]["DeclineReason"];
        };
        /** @enum {string} */
        DeclineReason: "needs-not-met" | "risk-to-residents" | "bed-no-longer-available" | "staffing" | "other";
        DependantDto: {
            /** @description Age in whole years (0 for a baby) */
            age: number;
        };
        EligibleHouseResponse: {
            area: components["schemas"]["Area"];
            because: string[];
            /** @description The beds an offer would hold: the survivor's first */
            bedIds: string[];
            /** Format: uuid */
            houseId: string;
            houseName: string;
            providerAgency: string;
            /** Format: uuid */
            roomId: string;
            roomName: string;
            /** @description Higher first (docs/domain.md, matching ranking) */
            score: number;
        };
        EndOutOfServiceDto: {
            /**
             * Format: date
             * @description The last day out of service
             */
            until: string;
        };
        ErrorResponse: {
            /** @description The status's name, e.g. 'Not Found' */
            error: string;
            message: string | string[];
            /** @description The HTTP status again */
            statusCode: number;
        };
        ExcludedHouseResponse: {
            /** Format: uuid */
            houseId: string;
            houseName: string;
            providerAgency: string;
            /** @description Every hard constraint the house breaks */
            reasons: components["schemas"]["ExclusionResponse"][];
        };
        /** @enum {string} */
        ExclusionReason: "household-type" | "pregnancy" | "accessibility" | "avoided-area" | "household-does-not-fit" | "no-free-bed";
        ExclusionResponse: {
            /** @description Plain English, for the coordinator */
            detail: string;
            reason: components["schemas"]["ExclusionReason"];
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
        FittingRequestResponse: {
            because: string[];
            bedIds: string[];
            /** Format: uuid */
            requestId: string;
            /** Format: uuid */
            roomId: string;
            urgency: components["schemas"]["PlacementUrgency"];
            /** Format: date-time */
            waitingSince: string;
        };
        FittingRequestsResponse: {
            /** Format: uuid */
            houseId: string;
            /** @description In the order places are offered */
            requests: components["schemas"]["FittingRequestResponse"][];
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
        HouseAddressResponse: {
            /** Format: uuid */
            houseId: string;
            line1: string;
            line2?: string;
            postcode: string;
            town: string;
        };
        /** @enum {string} */
        HouseholdType: "women" | "men" | "families" | "pregnant-women-and-new-mothers";
        HouseListResponse: {
            /** @description Across every house listed */
            bedCounts: components["schemas"]["BedCountsResponse"];
            houses: components["schemas"]["HouseViewResponse"][];
        };
        HouseViewResponse: {
            accessibility: components["schemas"]["AccessibilityFeature"][];
            area: components["schemas"]["Area"];
            bedCounts: components["schemas"]["BedCountsResponse"];
            householdTypes: components["schemas"]["HouseholdType"][];
            /** Format: uuid */
            houseId: string;
            /** @description ISO 639-1 codes */
            languages: string[];
            name: string;
            /** @description Current and future periods */
            outOfService: components["schemas"]["OutOfServiceViewResponse"][];
            /** @description The provider's agency */
            providerAgency: string;
            rooms: components["schemas"]["RoomViewResponse"][];
        };
        MakeOfferDto: {
            /**
             * Format: uuid
             * @description An eligible house from the request's matches; the room and beds are matching's choice there, now
             */
            houseId: string;
        };
        MatchResponse: {
            /** @description Best first */
            eligible: components["schemas"]["EligibleHouseResponse"][];
            excluded: components["schemas"]["ExcludedHouseResponse"][];
            /** Format: uuid */
            requestId: string;
        };
        MoveInDto: {
            /**
             * Format: date
             * @description The day the survivor arrived (London), not in the future
             */
            movedInOn: string;
        };
        /** @enum {string} */
        MoveOutDestination: "own-tenancy" | "local-authority-housing" | "asylum-accommodation" | "family-or-friends" | "another-safe-house" | "supported-housing" | "hospital-or-institution" | "returned-abroad" | "homeless" | "unknown";
        MoveOutDto: {
            destination: components["schemas"]["MoveOutDestination"];
            /**
             * Format: date
             * @description The day the survivor left, not in the future
             */
            movedOutOn: string;
            reason: components["schemas"]["MoveOutReason"];
        };
        /** @enum {string} */
        MoveOutReason: "planned-move-on" | "nrm-decision" | "moved-to-another-safe-house" | "left-without-notice" | "evicted" | "returned-abroad" | "died" | "other";
        OfferedBedResponse: {
            /** Format: uuid */
            bedId: string;
            kind: components["schemas"]["BedKind"];
            label: string;
        };
        OfferedHouseholdResponse: {
            accessibilityNeeds: components["schemas"]["AccessibilityFeature"][];
            dependants: components["schemas"]["DependantDto"][];
            householdType: components["schemas"]["HouseholdType"];
            kind: components["schemas"]["PlacementKind"];
            /** @description ISO 639-1 codes the survivor speaks */
            languages: string[];
            /** Format: date */
            neededFrom: string;
            /** Format: date */
            neededUntil: string | null;
            pregnant: boolean;
            urgency: components["schemas"]["PlacementUrgency"];
        };
        OfferListResponse: {
            /** @description Newest first */
            offers: components["schemas"]["OfferViewResponse"][];
        };
        /** @enum {string} */
        OfferStatus: "held" | "accepted" | "declined" | "expired" | "withdrawn" | "moved-in" | "moved-out";
        OfferViewResponse: {
            /** Format: date-time */
            answeredAt: string | null;
            /** @description The household's beds: the survivor's first */
            beds: components["schemas"]["OfferedBedResponse"][];
            declineReason: components["schemas"]["DeclineReason"] | null;
            /**
             * Format: date-time
             * @description An unanswered hold ends then, once, and the beds are free
             */
            holdExpiresAt: string;
            houseArea: components["schemas"]["Area"];
            /** @description The household and its needs, for the provider to decide on (risk notes: on the request, audited) */
            household: components["schemas"]["OfferedHouseholdResponse"];
            /** Format: uuid */
            houseId: string;
            houseName: string;
            /** Format: uuid */
            journeyId: string;
            /** Format: date */
            movedInOn: string | null;
            /** Format: date */
            movedOutOn: string | null;
            moveOutDestination: components["schemas"]["MoveOutDestination"] | null;
            moveOutReason: components["schemas"]["MoveOutReason"] | null;
            /** Format: date-time */
            offeredAt: string;
            offeredByAgency: string;
            /** Format: uuid */
            offerId: string;
            /**
             * Format: date
             * @description Follows the NRM: move-on days after a negative decision or a positive CG; null while neither
             */
            plannedMoveOutOn: string | null;
            providerAgency: string;
            /** Format: uuid */
            requestId: string;
            requestingAgency: string;
            roomName: string;
            status: components["schemas"]["OfferStatus"];
        };
        OutOfServiceDto: {
            /** Format: uuid */
            bedId: string;
            /**
             * Format: date
             * @description First day out of service (London)
             */
            from: string;
            reason: components["schemas"]["OutOfServiceReason"];
            /**
             * Format: date
             * @description Last day; omitted while not known
             */
            until?: string;
        };
        /** @enum {string} */
        OutOfServiceReason: "repairs" | "deep-clean" | "safeguarding" | "staffing" | "reserved-by-commissioner" | "other";
        OutOfServiceViewResponse: {
            /** Format: uuid */
            bedId: string;
            /** Format: date */
            from: string;
            /** Format: uuid */
            periodId: string;
            reason: components["schemas"]["OutOfServiceReason"];
            /**
             * Format: date
             * @description null: no end set yet
             */
            until: string | null;
        };
        /** @enum {string} */
        PlacementKind: "place-of-safety" | "safe-house" | "emergency";
        PlacementRequestDetailResponse: {
            accessibilityNeeds: components["schemas"]["AccessibilityFeature"][];
            /** @description Including the area of exploitation */
            avoidAreas: components["schemas"]["Area"][];
            /** @description Whole days since the request was raised */
            daysWaiting: number;
            dependants: components["schemas"]["DependantDto"][];
            /** @description From identification's event */
            exploitationArea: components["schemas"]["Area"] | null;
            hasRiskNotes: boolean;
            householdType: components["schemas"]["HouseholdType"];
            /** Format: uuid */
            journeyId: string;
            kind: components["schemas"]["PlacementKind"];
            languages: string[];
            /** Format: date */
            neededFrom: string;
            /** Format: date */
            neededUntil: string | null;
            /** @description Every offer of the request, oldest first */
            offers: components["schemas"]["OfferViewResponse"][];
            pregnant: boolean;
            /** Format: date-time */
            requestedAt: string;
            /** Format: uuid */
            requestId: string;
            requestingAgency: string;
            /** @description Opened for you; the read is audited */
            riskNotes: string | null;
            status: components["schemas"]["PlacementRequestStatus"];
            urgency: components["schemas"]["PlacementUrgency"];
            withdrawalReason: components["schemas"]["WithdrawalReason"] | null;
        };
        PlacementRequestQueueResponse: {
            /** @description Most urgent first, then the longest waiting */
            requests: components["schemas"]["PlacementRequestResponse"][];
        };
        PlacementRequestResponse: {
            accessibilityNeeds: components["schemas"]["AccessibilityFeature"][];
            /** @description Including the area of exploitation */
            avoidAreas: components["schemas"]["Area"][];
            /** @description Whole days since the request was raised */
            daysWaiting: number;
            dependants: components["schemas"]["DependantDto"][];
            /** @description From identification's event */
            exploitationArea: components["schemas"]["Area"] | null;
            hasRiskNotes: boolean;
            householdType: components["schemas"]["HouseholdType"];
            /** Format: uuid */
            journeyId: string;
            kind: components["schemas"]["PlacementKind"];
            languages: string[];
            /** Format: date */
            neededFrom: string;
            /** Format: date */
            neededUntil: string | null;
            pregnant: boolean;
            /** Format: date-time */
            requestedAt: string;
            /** Format: uuid */
            requestId: string;
            requestingAgency: string;
            status: components["schemas"]["PlacementRequestStatus"];
            urgency: components["schemas"]["PlacementUrgency"];
            withdrawalReason: components["schemas"]["WithdrawalReason"] | null;
        };
        /** @enum {string} */
        PlacementRequestStatus: "waiting" | "offered" | "accepted" | "moved-in" | "moved-out" | "withdrawn";
        /** @enum {string} */
        PlacementUrgency: "emergency" | "urgent" | "planned";
        RequestPlacementDto: {
            accessibilityNeeds: components["schemas"]["AccessibilityFeature"][];
            /** @description Besides the area of exploitation, which is always avoided */
            avoidAreas: components["schemas"]["Area"][];
            /** @description Children coming with the survivor */
            dependants: components["schemas"]["DependantDto"][];
            householdType: components["schemas"]["HouseholdType"];
            /**
             * Format: uuid
             * @description A journey your agency is involved in
             */
            journeyId: string;
            kind: components["schemas"]["PlacementKind"];
            /**
             * @description ISO 639-1 codes the survivor speaks
             * @example [
             *       "sq"
             *     ]
             */
            languages: string[];
            /**
             * Format: date
             * @description First night needed (London), today or later
             */
            neededFrom: string;
            /**
             * Format: date
             * @description Last night needed, when known (a place of safety: the adult's decision date)
             */
            neededUntil?: string;
            pregnant: boolean;
            /** @description Sealed at rest under the journey key, never published, destroyed when the personal data is erased */
            riskNotes?: string;
            urgency: components["schemas"]["PlacementUrgency"];
        };
        RoomDto: {
            beds: components["schemas"]["BedDto"][];
            /** @example Room 1 */
            name: string;
        };
        RoomViewResponse: {
            beds: components["schemas"]["BedViewResponse"][];
            name: string;
            /** Format: uuid */
            roomId: string;
        };
        UpdateHouseDto: {
            accessibility: components["schemas"]["AccessibilityFeature"][];
            /** @description Sealed at rest; shown only where docs/domain.md allows */
            address: components["schemas"]["AddressDto"];
            area: components["schemas"]["Area"];
            householdTypes: components["schemas"]["HouseholdType"][];
            /**
             * @description ISO 639-1 codes of the languages staff speak
             * @example [
             *       "en",
             *       "sq"
             *     ]
             */
            languages: string[];
            /** @example Rowan House */
            name: string;
        };
        ValidationErrorResponse: {
            /** @description The status's name, e.g. 'Not Found' */
            error: string;
            errors: components["schemas"]["FieldProblemResponse"][];
            message: string | string[];
            /** @description The HTTP status again */
            statusCode: number;
        };
        /** @enum {string} */
        WithdrawalReason: "no-longer-needed" | "placed-elsewhere" | "declined-by-survivor" | "other";
        WithdrawRequestDto: {
            reason: components["schemas"]["WithdrawalReason"];
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
    Directory_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The houses and their beds, by provider and name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseListResponse"];
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
            /** @description The token's role may not do this (allowed: placement-coordinator, safe-house-staff, administrator) */
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
    Directory_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddHouseDto"];
            };
        };
        responses: {
            /** @description The house, its beds all free */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseViewResponse"];
                };
            };
            /** @description The body is not a valid house, or repeats a room name, a bed label or a house name; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: safe-house-staff, administrator) */
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
    Directory_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The house id */
                houseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The house */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseViewResponse"];
                };
            };
            /** @description houseId is not a UUID; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: placement-coordinator, safe-house-staff, administrator) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such house among those you may see */
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
    Directory_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The house id */
                houseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateHouseDto"];
            };
        };
        responses: {
            /** @description The house */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseViewResponse"];
                };
            };
            /** @description houseId is not a UUID, the body is not valid house details, or the name is taken; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: safe-house-staff, administrator) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such house among those you may see */
            404: {
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
    Directory_address: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The house id */
                houseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseAddressResponse"];
                };
            };
            /** @description houseId is not a UUID; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: placement-coordinator, safe-house-staff, administrator, first-responder, advocate, support-worker) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such house, or not one whose address you may read */
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
    Directory_addBed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The house id */
                houseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddBedDto"];
            };
        };
        responses: {
            /** @description The house with the bed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseViewResponse"];
                };
            };
            /** @description houseId is not a UUID, the body is not a valid bed, or the room has a bed of that label; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: safe-house-staff, administrator) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such house among those you may see */
            404: {
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
    WaitingList_fitting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The house id */
                houseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fitting requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FittingRequestsResponse"];
                };
            };
            /** @description houseId is not a UUID; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: placement-coordinator) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such house */
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
    Directory_takeOutOfService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The house id */
                houseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutOfServiceDto"];
            };
        };
        responses: {
            /** @description The house with the period */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseViewResponse"];
                };
            };
            /** @description houseId is not a UUID, the body is invalid, the bed is not in this house, or until is before from; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: safe-house-staff, administrator) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such house among those you may see */
            404: {
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
    Directory_endOutOfService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The house id */
                houseId: string;
                /** @description The out-of-service period id */
                periodId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndOutOfServiceDto"];
            };
        };
        responses: {
            /** @description The house */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseViewResponse"];
                };
            };
            /** @description houseId or periodId is not a UUID, or until is not a date on or after the start; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: safe-house-staff, administrator) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such house or period among yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The period has already ended */
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
    Offers_list: {
        parameters: {
            query?: {
                /** @description Only offers in this status; omitted: held, accepted and moved in */
                status?: "held" | "accepted" | "declined" | "expired" | "withdrawn" | "moved-in" | "moved-out";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The offers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferListResponse"];
                };
            };
            /** @description status is not an offer status; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: placement-coordinator, safe-house-staff) */
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
    Offers_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The offer id */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferViewResponse"];
                };
            };
            /** @description offerId is not a UUID; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: placement-coordinator, safe-house-staff, first-responder, advocate, support-worker) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such offer among those you may see */
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
    Offers_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The offer id */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The offer, accepted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferViewResponse"];
                };
            };
            /** @description offerId is not a UUID; the answer names each field and rule */
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
            /** @description No such offer to your provider */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The offer is not held, or its hold expired (currentStatus) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Offers_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The offer id */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineOfferDto"];
            };
        };
        responses: {
            /** @description The offer, declined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferViewResponse"];
                };
            };
            /** @description offerId is not a UUID, or reason is missing or not a decline reason; the answer names each field and rule */
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
            /** @description No such offer to your provider */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The offer is not held, or its hold expired (currentStatus) */
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
    Offers_moveIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The offer id */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveInDto"];
            };
        };
        responses: {
            /** @description The stay */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferViewResponse"];
                };
            };
            /** @description offerId is not a UUID, or movedInOn is missing, in the future or before the offer; the answer names each field and rule */
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
            /** @description No such offer to your provider */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The offer is not in a state that allows this (currentStatus) */
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
    Offers_moveOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The offer id */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveOutDto"];
            };
        };
        responses: {
            /** @description The stay, ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferViewResponse"];
                };
            };
            /** @description offerId is not a UUID, or a field is missing, invalid, in the future or before the move-in; the answer names each field and rule */
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
            /** @description No such offer to your provider */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The offer is not in a state that allows this (currentStatus) */
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
    Requests_queue: {
        parameters: {
            query?: {
                /** @description Every status (status is then ignored): a journey's whole placement history */
                all?: "true";
                /** @description Only this journey's requests (a case page); still only those you may see */
                journeyId?: string;
                /** @description Only requests in this status; omitted: those still seeking a place */
                status?: "waiting" | "offered" | "accepted" | "moved-in" | "moved-out" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementRequestQueueResponse"];
                };
            };
            /** @description status is not a request status, journeyId is not a UUID, or all is not true; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: placement-coordinator, first-responder, advocate, support-worker) */
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
    Requests_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestPlacementDto"];
            };
        };
        responses: {
            /** @description The request, waiting for an offer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementRequestDetailResponse"];
                };
            };
            /** @description The body is not a valid request, neededFrom is past, or neededUntil is before it; nothing was written; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: first-responder, advocate, support-worker) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No journey involving your agency is known to placement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The journey already has a request seeking a place */
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
    Requests_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The placement request id */
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementRequestDetailResponse"];
                };
            };
            /** @description requestId is not a UUID; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: placement-coordinator, first-responder, advocate, support-worker, safe-house-staff) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such request among those you may see */
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
    Requests_matches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The placement request id */
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchResponse"];
                };
            };
            /** @description requestId is not a UUID; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: placement-coordinator) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such request among those you may see */
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
    Requests_offer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The placement request id */
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MakeOfferDto"];
            };
        };
        responses: {
            /** @description The offer, held */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferViewResponse"];
                };
            };
            /** @description requestId or houseId is not a UUID, or there is no such house; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: placement-coordinator) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such request among those you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A bed was taken first (bedId, bedState), the request is not waiting (currentStatus), or the house cannot take the household (reasons); nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedTakenResponse"];
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
    Requests_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The placement request id */
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawRequestDto"];
            };
        };
        responses: {
            /** @description The request, withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementRequestDetailResponse"];
                };
            };
            /** @description requestId is not a UUID, or reason is not a withdrawal reason; the answer names each field and rule */
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
            /** @description The token's role may not do this (allowed: placement-coordinator, first-responder, advocate, support-worker) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such request among those you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request is no longer seeking a place (currentStatus) */
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
}
