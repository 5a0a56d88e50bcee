package ir.shenava.intake;

import java.time.Instant;

/**
 * After closure the complainant rated how the complaint was handled (1 … 5), for the quarterly
 * analysis. Published on the click (comment null) and, when the complainant then adds a comment,
 * once more with the same rating and time and the comment: listeners keep the latest per complaint.
 */
public record HandlingRated(long complaintId, int rating, String comment, Instant ratedAt) {
}
