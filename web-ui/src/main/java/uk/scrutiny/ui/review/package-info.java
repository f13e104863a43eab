/** The views of reviews: the list of reviews and one review in full. */
@NullMarked
package uk.scrutiny.ui.review;

import org.jspecify.annotations.NullMarked;
