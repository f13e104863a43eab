package uk.scrutiny.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uk.scrutiny.support.DemoApplicationTest;

/**
 * The security filter chain of the whole application: an address refused to a signed-in user is
 * logged as who asked for which method and path. The views' own stylesheets are static files under
 * {@code /assets}, open before sign-in like every static style, so nothing else may be there.
 */
@DemoApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestSecurityTests {

    private static final Path ASSETS = Path.of("src/main/resources/META-INF/resources/assets");

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void filterChain() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void an_address_refused_to_the_manager_is_logged_as_method_and_path_without_the_query(CapturedOutput output)
            throws Exception {
        mvc.perform(get("/report.css")
                        .queryParam("child", "Jane Doe")
                        .with(user("manager").roles("MANAGER")))
                .andExpect(status().isForbidden());

        assertThat(output)
                .contains("Refused: manager asked for GET /report.css" + System.lineSeparator())
                .doesNotContain("Jane")
                .doesNotContain("RequestWrapper");
    }

    @Test
    void the_assets_open_before_sign_in_are_stylesheets_and_nothing_else() throws IOException {
        List<Path> files;
        try (var walk = Files.walk(ASSETS)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files)
                .isNotEmpty()
                .allMatch(file -> file.getFileName().toString().endsWith(".css"));
    }
}
