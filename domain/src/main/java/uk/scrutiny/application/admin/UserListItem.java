package uk.scrutiny.application.admin;

import uk.scrutiny.domain.user.User;

/**
 * A user account as the administration lists it.
 *
 * @param locked whether repeated failed sign-ins have locked the account for now
 */
public record UserListItem(User user, boolean locked) {}
