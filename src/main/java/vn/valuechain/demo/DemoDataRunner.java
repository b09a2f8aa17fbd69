package vn.valuechain.demo;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * APP_DEMO_DATA=true (app.demo-data): loads the demo data at start-up into an empty database, without asking. It runs
 * after the administrator account is created (user.AdminAccountInitializer runs first), and the pages wait for it
 * ({@link DemoDataLoading}).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoDataService demoData;
    private final DemoDataLoading loading;

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (!demoData.databaseEmpty()) {
                log.info("APP_DEMO_DATA: skipped, the database already has plans, chains or cooperatives");
                return;
            }
            demoData.load();
            log.info(
                    "APP_DEMO_DATA: loaded the demo data of plan {} into the empty database",
                    demoData.documentNumber());
        } finally {
            loading.finished();
        }
    }
}
