package ir.shenava.intake.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a complaint stands, as its complainant may see it. */
@Schema(description = "A complaint's status")
record ComplaintStatusResponse(
        @Schema(description = "Tracking code, display form", example = "K7M3Q-X9TAP") String trackingCode,
        @Schema(description = "ComplaintStatus", example = "UNDER_INVESTIGATION") String status,
        @Schema(description = "The status in words (Persian; English with Accept-Language: en)", example = "در حال رسیدگی")
        String statusText,
        @Schema(description = "When it was received (ISO 8601, UTC)", example = "2026-11-25T08:15:30Z") Instant receivedAt,
        @Schema(description = "The day it was received, Jalali calendar (Tehran)", example = "1405/09/04")
        String receivedAtJalali,
        @Schema(description = "The subject as stored (normalised)", example = "تأخیر در تحویل") String subject) {
}
