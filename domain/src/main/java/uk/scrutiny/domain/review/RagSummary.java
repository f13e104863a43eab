package uk.scrutiny.domain.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The counts of a review's ratings and the sentence the report opens with, derived from the
 * ratings and never typed: "There are 6 areas rated as green and 6 as amber".
 */
public record RagSummary(int green, int amber, int red, int unrated) {

    public RagSummary {
        if (green < 0 || amber < 0 || red < 0 || unrated < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    public static RagSummary of(Collection<Assessment> assessments) {
        int g = 0;
        int a = 0;
        int r = 0;
        int u = 0;
        for (Assessment assessment : assessments) {
            RagRating rating = assessment.rating();
            if (rating == null) {
                u++;
            } else {
                switch (rating) {
                    case GREEN -> g++;
                    case AMBER -> a++;
                    case RED -> r++;
                }
            }
        }
        return new RagSummary(g, a, r, u);
    }

    public int total() {
        return green + amber + red + unrated;
    }

    public int count(RagRating rating) {
        return switch (rating) {
            case GREEN -> green;
            case AMBER -> amber;
            case RED -> red;
        };
    }

    /**
     * E.g. {@code There are 6 areas rated as green and 6 as amber}, {@code There is 1 area rated as
     * red}; zero counts are left out; unrated questions are named after.
     */
    public String sentence() {
        List<String> parts = new ArrayList<>();
        int first = -1;
        for (RagRating rating : RagRating.values()) {
            int n = count(rating);
            if (n == 0) {
                continue;
            }
            String colour = rating.label().toLowerCase();
            if (first < 0) {
                first = n;
                parts.add(n + (n == 1 ? " area" : " areas") + " rated as " + colour);
            } else {
                parts.add(n + " as " + colour);
            }
        }
        String rated = parts.isEmpty()
                ? "No areas have been rated yet"
                : (first == 1 ? "There is " : "There are ") + join(parts);
        if (unrated > 0 && !parts.isEmpty()) {
            rated += "; " + unrated + (unrated == 1 ? " question is" : " questions are") + " not yet rated";
        }
        return rated;
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }
}
