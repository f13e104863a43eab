package uk.scrutiny.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.scrutiny.batch.imports.ImportRunner;
import uk.scrutiny.domain.imports.ImportRun;
import uk.scrutiny.domain.imports.RunTrigger;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.ui.RefusedView;

@DemoApplicationTest
class ImportsViewTests extends SpringBrowserlessTest {

    @Autowired
    ImportRunner runner;

    @Test
    @WithUserDetails("officer")
    void the_imports_page_lists_each_run_with_its_files() {
        long runId = runner.runOnce(RunTrigger.COMMAND_LINE, "test").runs().getLast();

        navigate(ImportsView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Imports");
        assertThat(find(Button.class).withText("Run import now").exists()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<ImportRun> runs = find(Grid.class).all().getFirst();
        assertThat(test(runs).size()).isPositive();
        assertThat(test(runs).getRow(0).id()).isEqualTo(runId);
        test(runs).select(0);
    }

    @Test
    @WithUserDetails("police.data")
    void a_data_officer_cannot_open_the_imports_page() {
        navigate("imports", RefusedView.class);
        assertThat(find(Button.class).withText("Run import now").exists()).isFalse();
    }
}
