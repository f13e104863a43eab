/** The use cases of a review, from creation to publication. */
@NullMarked
package uk.scrutiny.application.review;

import org.jspecify.annotations.NullMarked;
