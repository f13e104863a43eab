package uk.scrutiny.application.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.application.security.Actor;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.application.security.Permission;
import uk.scrutiny.application.security.Permissions;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.action.ActionFilter;
import uk.scrutiny.domain.action.ActionId;
import uk.scrutiny.domain.action.ActionStatus;
import uk.scrutiny.domain.action.ProgressNote;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.action.RecommendedActions;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.Reviews;

/**
 * The action plan across reviews: listing, and progress notes with status changes. Partner leads
 * may update only the actions their own agency owns; data officers have no part in it.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlanService {

    private final RecommendedActions actions;
    private final Reviews reviews;
    private final CurrentActor actor;
    private final Permissions permissions;
    private final Auditor auditor;
    private final Clock clock;

    public ActionPlanService(
            RecommendedActions actions,
            Reviews reviews,
            CurrentActor actor,
            Permissions permissions,
            Auditor auditor,
            Clock clock) {
        this.actions = actions;
        this.reviews = reviews;
        this.actor = actor;
        this.permissions = permissions;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Whether the caller may read the action plan (everyone but data officers). */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean mayRead() {
        return permissions.may(Permission.READ_LIBRARY);
    }

    /**
     * Whether the caller may add progress to this action: the partnership's roles on any action, a partner
     * lead on the actions their own agency owns.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean mayReportProgress(RecommendedAction action) {
        return permissions.mayFor(Permission.REPORT_PROGRESS, action.owner());
    }

    /** The agency whose actions the caller looks after, for a partner lead: the action plan opens on them. */
    @PreAuthorize(Roles.SIGNED_IN)
    public @Nullable AgencyCode ownAgency() {
        return permissions.ownAgency();
    }

    @PreAuthorize(Roles.READ_LIBRARY)
    public List<ActionListItem> find(ActionFilter filter, int offset, int limit) {
        Map<ReviewId, FinancialYear> years = new HashMap<>();
        return actions.find(filter, offset, limit).stream()
                .map(a ->
                        new ActionListItem(a, years.computeIfAbsent(a.reviewId(), this::yearOf), mayReportProgress(a)))
                .toList();
    }

    @PreAuthorize(Roles.READ_LIBRARY)
    public long count(ActionFilter filter) {
        return actions.count(filter);
    }

    /** Outstanding actions whose due date has passed. */
    @PreAuthorize(Roles.READ_LIBRARY)
    public List<ActionListItem> overdue(int limit) {
        return find(ActionFilter.overdueOn(today()), 0, limit);
    }

    /** One row of the plan, as read now. */
    @PreAuthorize(Roles.READ_LIBRARY)
    public ActionListItem item(ActionId id) {
        RecommendedAction action = action(id);
        return new ActionListItem(action, yearOf(action.reviewId()), mayReportProgress(action));
    }

    @PreAuthorize(Roles.READ_LIBRARY)
    public RecommendedAction action(ActionId id) {
        return actions.find(id).orElseThrow(() -> new NotFoundException("There is no action " + id));
    }

    /**
     * Adds a dated progress note, optionally moving the action to a new status.
     *
     * @throws AccessDeniedException when a partner lead updates another agency's action
     */
    @Transactional
    @PreAuthorize(Roles.ACTION_PROGRESS)
    public RecommendedAction addProgress(ActionId id, String note, @Nullable ActionStatus newStatus, long version) {
        RecommendedAction action = action(id);
        permissions.requireFor(
                Permission.REPORT_PROGRESS,
                action.owner(),
                "Partner leads update only the actions their own agency owns");
        Actor me = actor.get();
        if (action.version() != version) {
            throw new ConcurrentChangeException("Recommended action " + action.label());
        }
        ActionStatus status = newStatus == action.status() ? null : newStatus;
        RecommendedAction saved =
                actions.save(action.withNote(new ProgressNote(clock.instant(), me.username(), note, status)));
        String subject = "Recommended action " + action.label() + " of the " + yearOf(action.reviewId()) + " review";
        auditor.changed(ReviewService.actionKey(id), subject, "progress note", null, note.strip());
        auditor.changed(
                ReviewService.actionKey(id),
                subject,
                "status",
                action.status().label(),
                saved.status().label());
        return saved;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private FinancialYear yearOf(ReviewId id) {
        return reviews.find(id).map(Review::year).orElseThrow(() -> new NotFoundException("There is no review " + id));
    }
}
