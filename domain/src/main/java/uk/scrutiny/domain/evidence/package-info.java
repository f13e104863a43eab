/** The evidence library: documents, links, scorecards and minutes that questions cite. */
@NullMarked
package uk.scrutiny.domain.evidence;

import org.jspecify.annotations.NullMarked;
