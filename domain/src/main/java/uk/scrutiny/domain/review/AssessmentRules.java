package uk.scrutiny.domain.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;

/**
 * The seed's own guidance as rules. Green: answered positively with evidence, so at least one
 * cited, approved item. Amber: some parts answered positively with evidence, so at least one
 * cited item. Red: nothing confirmed. "Any response (green, amber or red) will still require an
 * action plan": at least one recommended action in the plan (one not dropped), whatever the rating.
 */
public final class AssessmentRules {

    private AssessmentRules() {}

    /**
     * @param actionsInPlan how many of the question's recommended actions are in the plan (not dropped)
     * @param evidence the cited items, by id (items not found count as not cited)
     */
    public static List<RuleBreach> breaches(
            Assessment assessment, long actionsInPlan, Map<EvidenceId, EvidenceItem> evidence) {
        List<RuleBreach> breaches = new ArrayList<>();
        RagRating rating = assessment.rating();
        List<EvidenceItem> cited = assessment.citedEvidence().stream()
                .map(evidence::get)
                .filter(Objects::nonNull)
                .toList();
        if (rating == null) {
            breaches.add(new RuleBreach(assessment.question(), RuleBreach.Kind.NOT_RATED));
        } else if (rating == RagRating.GREEN && cited.stream().noneMatch(EvidenceItem::isApproved)) {
            breaches.add(new RuleBreach(assessment.question(), RuleBreach.Kind.GREEN_NEEDS_APPROVED_EVIDENCE));
        } else if (rating == RagRating.AMBER && cited.isEmpty()) {
            breaches.add(new RuleBreach(assessment.question(), RuleBreach.Kind.AMBER_NEEDS_EVIDENCE));
        }
        if (actionsInPlan == 0) {
            breaches.add(new RuleBreach(assessment.question(), RuleBreach.Kind.NEEDS_ACTION_PLAN));
        }
        return breaches;
    }
}
