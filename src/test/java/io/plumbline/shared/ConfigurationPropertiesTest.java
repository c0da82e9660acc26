package io.plumbline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The {@code *Properties} records have no defaults of their own: application.properties
 * must give every one of their settings a value, or the setting would silently be 0,
 * false or null.
 */
class ConfigurationPropertiesTest {

    /** Unset on purpose: not set means "decide by the database and profile". */
    private static final Set<String> WITHOUT_DEFAULT = Set.of("plumbline.demo.enabled");

    @Test
    void application_properties_gives_every_setting_of_every_properties_record_a_value() throws Exception {
        ResourcePropertySource applicationProperties = new ResourcePropertySource(
                new ClassPathResource("application.properties"));
        List<Class<?>> records = propertiesRecords();
        assertThat(records).hasSizeGreaterThanOrEqualTo(8);
        List<String> unset = new ArrayList<>();
        for (Class<?> type : records) {
            for (String setting : settings(type.getAnnotation(ConfigurationProperties.class).value(), type)) {
                if (!applicationProperties.containsProperty(setting) && !WITHOUT_DEFAULT.contains(setting)) {
                    unset.add(setting);
                }
            }
        }
        assertThat(unset).as("settings of a *Properties record without a value in application.properties").isEmpty();
    }

    @Test
    void without_PLUMBLINE_PUBLIC_URL_the_public_url_binds_as_empty_text_not_null() throws Exception {
        PlumblineProperties properties = Binder.get(applicationProperties())
            .bindOrCreate("plumbline", PlumblineProperties.class);
        assertThat(properties.publicUrl()).isNotNull();
        assertThat(properties.dataDir()).isNotBlank();
    }

    private static StandardEnvironment applicationProperties() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources()
            .addFirst(new ResourcePropertySource(new ClassPathResource("application.properties")));
        return environment;
    }

    private static List<Class<?>> propertiesRecords() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Class<?>> records = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.plumbline")) {
            records.add(Class.forName(candidate.getBeanClassName()));
        }
        return records;
    }

    /** The property names of a record's components, nested records' by their own. */
    private static List<String> settings(String prefix, Class<?> type) {
        List<String> settings = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            if (component.getType().isRecord()) {
                settings.addAll(settings(name, component.getType()));
            }
            else {
                settings.add(name);
            }
        }
        return settings;
    }

}
