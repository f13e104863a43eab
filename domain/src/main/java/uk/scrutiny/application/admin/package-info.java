/** The manager's administration: users and roles, agencies, meeting bodies, the indicator catalogue, frameworks. */
@NullMarked
package uk.scrutiny.application.admin;

import org.jspecify.annotations.NullMarked;
