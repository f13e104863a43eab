/** The evidence library: every item, filtered, with its file to download and the questions that cite it. */
@NullMarked
package uk.scrutiny.ui.evidence;

import org.jspecify.annotations.NullMarked;
