package uk.scrutiny.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.ui.RefusedView;
import uk.scrutiny.ui.review.ReviewListView;

/** Administration is in the manager's menu only, and a typed address of it is refused to anyone else, and logged. */
@DemoApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class AdminAccessTests extends SpringBrowserlessTest {

    private static final String[] ADMIN_ENTRIES = {
        "Users", "Agencies", "Meeting bodies", "Indicators", "Frameworks", "History"
    };

    private List<String> menu() {
        navigate(ReviewListView.class);
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_s_menu_holds_the_administration() {
        assertThat(menu()).contains(ADMIN_ENTRIES);
    }

    @Test
    @WithUserDetails("officer")
    void a_business_unit_officer_s_menu_holds_no_administration() {
        assertThat(menu()).doesNotContainAnyElementsOf(List.of(ADMIN_ENTRIES)).contains("Reviews");
    }

    @Test
    @WithUserDetails("officer")
    void an_administration_address_typed_by_an_officer_is_refused_as_not_found_and_logged(CapturedOutput output) {
        navigate("admin/users", RefusedView.class);

        assertThat(find(H1.class).withText("Users").exists()).isFalse();
        assertThat(output).contains("Refused: officer asked for /admin/users");
    }

    @Test
    @WithUserDetails("officer")
    void the_log_of_a_refusal_keeps_the_path_and_drops_the_query(CapturedOutput output) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "admin/users",
                        QueryParameters.simple(java.util.Map.of("child", "Jane Doe", "note", "a\r\nRefused: forged")));

        assertThat(output)
                .contains("Refused: officer asked for /admin/users (")
                .doesNotContain("Jane")
                .doesNotContain("forged");
    }

    @Test
    @WithUserDetails("scrutineer")
    void the_history_address_typed_by_a_scrutineer_is_refused_and_logged(CapturedOutput output) {
        navigate("history", RefusedView.class);

        assertThat(output).contains("Refused: scrutineer asked for /history");
    }
}
