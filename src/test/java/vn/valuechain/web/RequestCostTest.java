package vn.valuechain.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.spring6.SpringTemplateEngine;
import vn.valuechain.support.WebTest;

/** The settings that the benchmark of every page measured as worth their keep (README, "Performance"). */
class RequestCostTest extends WebTest {

    @Autowired
    ObservationRegistry observations;

    @Autowired
    SpringTemplateEngine templates;

    @Test
    void requestsAndSecurityFiltersAreNotTimedForMetricsNobodyReads() {
        assertThat(observations.isNoop()).as("other observations stay possible").isFalse();
        for (String name : new String[] {"http.server.requests", "spring.security.filterchains"}) {
            Observation observation = Observation.start(name, observations);
            assertThat(observation.isNoop()).as(name).isTrue();
            observation.stop();
        }
        Observation other = Observation.start("vco.other", observations);
        assertThat(other.isNoop()).isFalse();
        other.stop();
    }

    @Test
    void templatesCompileTheirExpressions() {
        assertThat(templates.getEnableSpringELCompiler()).isTrue();
    }
}
