package uk.scrutiny.ui.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.support.DemoApplicationTest;

@DemoApplicationTest
class ScorecardsViewTests extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private <T> List<Grid<T>> grids() {
        return find(Grid.class).all().stream().map(g -> (Grid<T>) g).toList();
    }

    @SuppressWarnings("unchecked")
    private void showFirstQuarterOnly() {
        List<Select<FinancialQuarter>> selects = find(Select.class).all().stream()
                .map(s -> (Select<FinancialQuarter>) s)
                .toList();
        FinancialQuarter q1 = FinancialQuarter.parse("2022/23 Q1");
        selects.get(0).setValue(q1);
        selects.get(1).setValue(q1);
    }

    @Test
    @WithUserDetails("scrutineer")
    void the_scorecards_page_shows_who_has_sent_what_the_figures_and_a_trend_chart() {
        navigate(ScorecardsView.class);
        showFirstQuarterOnly();

        assertThat(find(H1.class).single().getText()).isEqualTo("Scorecards");
        List<Grid<Object>> grids = grids();
        assertThat(grids).hasSize(2);
        assertThat(test(grids.get(0)).size()).isEqualTo(7);
        assertThat(grids.get(1).getColumns())
                .extracting(Grid.Column::getHeaderText)
                .contains("Indicator", "Agency", "2022/23 Q1");
        assertThat(test(grids.get(1)).size()).isEqualTo(17);
        assertThat(find(Image.class).single().getAlt())
                .hasValueSatisfying(alt -> assertThat(alt).startsWith("Line chart of"));
    }

    @Test
    @WithUserDetails("scrutineer")
    void with_no_indicator_chosen_the_trend_asks_for_one_rather_than_saying_nothing_was_received() {
        navigate(ScorecardsView.class);
        showFirstQuarterOnly();

        find(ComboBox.class).single().clear();

        assertThat(find(Paragraph.class)
                        .withText("Choose an indicator to see its trend.")
                        .exists())
                .isTrue();
        assertThat(find(Image.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("police.data")
    void a_data_officer_sees_their_own_agency_only() {
        navigate(ScorecardsView.class);
        showFirstQuarterOnly();

        List<Grid<Object>> grids = grids();
        assertThat(test(grids.get(0)).size()).isEqualTo(1);
        assertThat(test(grids.get(1)).size()).isEqualTo(4);
    }

    @SuppressWarnings("unchecked")
    private List<FinancialQuarter> shownQuarters() {
        return find(Select.class).all().stream()
                .map(select -> ((Select<FinancialQuarter>) select).getValue())
                .toList();
    }

    @Test
    @WithUserDetails("scrutineer")
    void the_page_opens_on_the_newest_quarter_with_figures_and_the_seven_before_it() {
        navigate(ScorecardsView.class);

        assertThat(shownQuarters())
                .containsExactly(FinancialQuarter.parse("2020/21 Q2"), FinancialQuarter.parse("2022/23 Q1"));
    }

    @Test
    @WithUserDetails("police.data")
    void the_page_opens_on_the_quarter_its_address_names() {
        navigate(ScorecardsView.class);
        UI.getCurrent().navigate(ScorecardsView.class, ScorecardsView.showing(FinancialQuarter.parse("2021/22 Q3")));

        assertThat(shownQuarters())
                .containsExactly(FinancialQuarter.parse("2019/20 Q4"), FinancialQuarter.parse("2021/22 Q3"));
    }
}
