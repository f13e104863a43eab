package uk.scrutiny.domain.evidence;

/** A question of a review that cites an evidence item, e.g. question 2.3 of the 2021/22 review. */
public record Citation(long reviewId, String reviewYear, String questionRef) {}
