package uk.scrutiny.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;
import uk.scrutiny.ui.RefusedView;

@DemoApplicationTest
class ReportViewTests extends SpringBrowserlessTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    SignedIn signedIn;

    private long id(int startYear) {
        return signedIn.as(
                "manager",
                () -> reviews.reviews().stream()
                        .filter(r -> r.year().equals(FinancialYear.of(startYear)))
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .value());
    }

    @Test
    @WithUserDetails("health.lead")
    void the_published_report_is_previewed_with_its_stored_versions_and_downloads() {
        navigate(ReportView.class, id(2021));
        assertThat(find(H1.class).single().getText()).isEqualTo("Report 2021/22");
        assertThat(find(Paragraph.class).withClassName("report-flag").single().getText())
                .startsWith("Published version 1, 31 March 2022.");
        assertThat(find(Anchor.class).withClassName("report-download").all())
                .extracting(Anchor::getText)
                .contains(
                        "Download PDF",
                        "Download Word (.docx)",
                        "Export as JSON",
                        "independent-scrutiny-report-2021-22-v1.pdf",
                        "independent-scrutiny-report-2021-22-v1.docx");
        assertThat(find(ListItem.class).all())
                .extracting(li -> li.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Version 1, PDF, published 31/03/2022 10:00 by manager")
                        .contains("SHA-256 "));
        String preview = find(Html.class).single().getInnerHtml();
        assertThat(preview)
                .contains("There are 6 areas rated as green and 6 as amber.")
                .contains("<h3>1.1 Have the three partners agreed a process");
        assertThat(find(Upload.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("scrutineer")
    void the_report_page_opens_on_the_current_review_as_a_draft() {
        navigate(ReportView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Report 2022/23");
        assertThat(find(Paragraph.class).withClassName("report-flag").single().getText())
                .startsWith("Draft for preview, not published");
        assertThat(find(Html.class).single().getInnerHtml()).contains("Not rated");
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_can_import_a_review_archive_here() {
        navigate(ReportView.class, id(2021));
        assertThat(find(Upload.class).exists()).isTrue();
    }

    @Test
    @WithUserDetails("police.data")
    void a_data_officer_cannot_open_the_report_of_a_review_in_progress() {
        long inProgress = id(2022);
        navigate("report/" + inProgress, RefusedView.class);
        assertThat(find(Paragraph.class).withClassName("report-flag").exists()).isFalse();
        assertThat(find(Anchor.class).withClassName("report-download").exists()).isFalse();
    }
}
