package ir.shenava.intake;

import java.time.Instant;

/** After closure the complainant rated how the complaint was handled (1 … 5), for the quarterly analysis. */
public record HandlingRated(long complaintId, int rating, String comment, Instant ratedAt) {
}
