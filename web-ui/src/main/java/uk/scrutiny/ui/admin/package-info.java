/** The manager's administration views: users and roles, agencies, meeting bodies, the indicator catalogue, frameworks. */
@NullMarked
package uk.scrutiny.ui.admin;

import org.jspecify.annotations.NullMarked;
