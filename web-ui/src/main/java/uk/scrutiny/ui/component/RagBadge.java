package uk.scrutiny.ui.component;

import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.review.RagRating;

/**
 * A rating as a badge: always the word, with a shape and a colour beside it, never colour alone.
 * Green ●, Amber ▲, Red ■; not rated ○.
 */
public class RagBadge extends Span {

    public RagBadge(@Nullable RagRating rating) {
        addClassName("rag");
        Span shape = new Span(RagRating.symbolOf(rating));
        shape.addClassName("rag-shape");
        shape.getElement().setAttribute("aria-hidden", "true");
        Span word = new Span(RagRating.labelOf(rating));
        add(shape, word);
        addClassName(rating == null ? "rag-none" : "rag-" + rating.name().toLowerCase());
        getElement().setAttribute("title", "Rating: " + RagRating.labelOf(rating));
    }
}
