/** The action plan across reviews: filters, progress notes and export to Excel. */
@NullMarked
package uk.scrutiny.ui.action;

import org.jspecify.annotations.NullMarked;
