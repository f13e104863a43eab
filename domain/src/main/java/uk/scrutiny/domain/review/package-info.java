/**
 * Reviews and what they hold: the assessment of each question (rating, commentary, cited
 * evidence), the recommended actions with their progress, and the seed's rules.
 */
@NullMarked
package uk.scrutiny.domain.review;

import org.jspecify.annotations.NullMarked;
