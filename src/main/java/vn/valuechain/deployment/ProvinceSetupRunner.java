package vn.valuechain.deployment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.valuechain.geo.UnitChanges;

/**
 * At start-up: APP_PROVINCE=86 (app.province) sets the installation up for that province (the first time, or again to
 * refresh its reference data); and the dated unit changes whose day has come are applied. Runs before the demo data.
 */
@Component
@Order(10)
class ProvinceSetupRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProvinceSetupRunner.class);

    private final String province;
    private final DeploymentService deployment;
    private final UnitChanges changes;

    ProvinceSetupRunner(@Value("${app.province:}") String province, DeploymentService deployment, UnitChanges changes) {
        this.province = province.trim();
        this.deployment = deployment;
        this.changes = changes;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!province.isEmpty()) {
            try {
                deployment.setUp(province, "system");
            } catch (DeploymentRefusedException e) {
                log.error(
                        "APP_PROVINCE={}: not set up ({}), the installation serves {}",
                        province,
                        e.getMessageKey(),
                        deployment
                                .current()
                                .map(DeploymentService.Province::name)
                                .orElse("no province"));
            }
        }
        changes.applyDue();
    }
}
