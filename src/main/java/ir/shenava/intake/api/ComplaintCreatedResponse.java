package ir.shenava.intake.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a new (or repeated) complaint: the code the complainant keeps. */
@Schema(description = "The registered complaint")
record ComplaintCreatedResponse(
        @Schema(description = "Tracking code, display form", example = "K7M3Q-X9TAP") String trackingCode,
        @Schema(description = "ComplaintStatus", example = "RECEIVED") String status,
        @Schema(description = "When it was received (ISO 8601, UTC)", example = "2026-11-25T08:15:30Z") Instant receivedAt,
        @Schema(description = "The day it was received, Jalali calendar (Tehran)", example = "1405/09/04")
        String receivedAtJalali) {
}
