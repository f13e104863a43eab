package uk.scrutiny;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import uk.scrutiny.domain.period.UkDates;

/** Safeguarding Scrutiny: the web application of the scrutiny cycle. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "Independent scrutiny of safeguarding children arrangements")
public class ScrutinyApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ScrutinyApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Safeguarding Scrutiny");
        // Screen readers pronounce the page as UK English.
        settings.addInlineWithContents(
                Inline.Position.PREPEND, "document.documentElement.lang='en-GB';", Inline.Wrapping.JAVASCRIPT);
    }

    @Bean
    Clock clock() {
        return Clock.system(UkDates.ZONE);
    }
}
