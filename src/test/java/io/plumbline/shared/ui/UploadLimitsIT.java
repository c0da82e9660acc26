package io.plumbline.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.retention.RetentionService;
import io.plumbline.retention.ui.ContractImportView;
import io.plumbline.survey.SurveyImportService;
import io.plumbline.survey.ui.SurveyImportView;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.Logo;
import io.plumbline.tenancy.ui.AgencyBrandingView;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every upload in the app refuses a file over its limit on the server, says the limit,
 * and stores nothing.
 */
@PostgresIntegrationTest
class UploadLimitsIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AgencyService agencies;

    @Autowired
    RetentionService retention;

    TestAgency agency;

    @BeforeEach
    void signedInAsOwner() {
        agency = fixtures.anAgency();
        Fixtures.signInAs(fixtures.ownerOf(agency));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void a_twenty_megabyte_logo_is_refused_with_its_size_and_the_limit_and_not_stored() {
        navigate(AgencyBrandingView.class);
        Upload upload = find(Upload.class).single();

        test(upload).upload("huge.png", "image/png", png(20 * 1024 * 1024));

        assertThat(
                find(Span.class).withText("The logo is 20.0 MB; the limit is 512 KB. Choose a smaller image.").exists())
            .isTrue();
        assertThat(agency.scope().call(() -> agencies.currentBranding()).logoIfAny()).isEmpty();
        assertThat(upload.getMaxFileSize()).isEqualTo(Logo.MAX_BYTES);
        assertThat(upload.getI18n().getError().getFileIsTooBig())
            .isEqualTo("The logo is larger than the limit of 512 KB. Choose a smaller image.");
    }

    @Test
    void a_contract_file_over_two_megabytes_is_refused_before_any_preview() {
        navigate(ContractImportView.class);

        test(find(Upload.class).single()).upload("contracts.csv", "text/csv", new byte[2 * 1024 * 1024 + 1]);

        assertThat(find(Span.class).withText("The file is 2.1 MB; the limit is 2.0 MB. Split it into smaller files.")
            .exists()).isTrue();
        assertThat(find(Button.class).withTextContaining("term(s)").exists()).isFalse();
        assertThat(retention.contracts()).isEmpty();
    }

    @Test
    void a_survey_export_over_the_limit_is_refused_with_the_limit_and_no_preview_starts() {
        navigate(SurveyImportView.class);
        Upload upload = find(Upload.class).single();

        test(upload).upload("responses.csv", "text/csv", new byte[SurveyImportService.MAX_BYTES + 1]);

        assertThat(test(find(Notification.class).single()).getText())
            .isEqualTo("The file is 20.1 MB; the limit is 20.0 MB. " + SurveyImportService.TOO_LARGE_ADVICE);
        assertThat(find(Button.class).withTextContaining("Import").exists()).isFalse();
        assertThat(upload.getI18n().getError().getFileIsTooBig()).contains("20.0 MB");
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 1);
        System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, 0, bytes, 0, 4);
        return bytes;
    }

}
