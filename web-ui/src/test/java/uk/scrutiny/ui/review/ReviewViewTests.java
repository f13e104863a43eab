package uk.scrutiny.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.scrutiny.application.review.ReviewListItem;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;
import uk.scrutiny.ui.component.RagBadge;

@DemoApplicationTest
class ReviewViewTests extends SpringBrowserlessTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    SignedIn signedIn;

    private long seedId() {
        return signedIn.as("scrutineer", () -> reviews.reviews().getLast().id().value());
    }

    private long inProgressId() {
        return signedIn.as("scrutineer", () -> reviews.reviews().getFirst().id().value());
    }

    @Test
    @WithUserDetails("scrutineer")
    void the_reviews_list_shows_each_review_with_its_counts() {
        navigate(ReviewListView.class);
        @SuppressWarnings("unchecked")
        Grid<ReviewListItem> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .contains("Year", "Status", "Green", "Amber", "Red", "Not rated");
    }

    @Test
    @WithUserDetails("scrutineer")
    void the_seed_review_shows_every_question_with_its_rating_in_words() {
        navigate(ReviewView.class, seedId());
        assertThat(find(H1.class).single().getText()).isEqualTo("Independent scrutiny 2021/22");
        var questions = find(Div.class).withClassName("question").all();
        assertThat(questions).hasSize(12);
        var ratings = questions.stream()
                .map(q -> find(RagBadge.class, q).first().getElement().getTextRecursively())
                .toList();
        assertThat(ratings.stream().filter(r -> r.endsWith("Green"))).hasSize(6);
        assertThat(ratings.stream().filter(r -> r.endsWith("Amber"))).hasSize(6);
        assertThat(find(Paragraph.class).withClassName("rag-summary").single().getText())
                .isEqualTo("There are 6 areas rated as green and 6 as amber.");
    }

    @Test
    @WithUserDetails("scrutineer")
    void a_review_in_progress_shows_what_stands_in_the_way_of_sign_off() {
        navigate(ReviewView.class, inProgressId());
        assertThat(find(com.vaadin.flow.component.html.Section.class).withClassName("breaches").single().getElement().getTextRecursively())
                .contains("Write the overall judgement.")
                .contains("Question 3.4 is not rated yet: give it a rating.");
    }

    @Test
    @WithUserDetails("police.data")
    void a_data_officer_typing_the_address_of_a_review_in_progress_is_refused() {
        long id = inProgressId();
        navigate("review/" + id, RouteNotFoundError.class);
        assertThat(find(Div.class).withClassName("question").exists()).isFalse();
    }
}
