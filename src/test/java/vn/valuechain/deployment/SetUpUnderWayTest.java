package vn.valuechain.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.support.IntegrationTest;

/**
 * A page that asks for the province while another request sets it up (the demo data at first start does) sees none
 * yet, and must not make the set-up itself find none: started with APP_DEMO_DATA on an empty database, the demo's own
 * plan failed with "No value present" when a page was opened during the loading.
 */
class SetUpUnderWayTest extends IntegrationTest {

    @Autowired
    DeploymentService deployment;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPageAskingDuringTheSetUpDoesNotHideTheProvinceFromIt() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            deployment.setUp("86", "test");

            var elsewhere = CompletableFuture.supplyAsync(deployment::current).join();
            assertThat(elsewhere)
                    .as("another request, before the set-up commits")
                    .isEmpty();
            assertThat(deployment.current())
                    .as("the set-up's own transaction")
                    .map(DeploymentService.Province::code)
                    .contains("86");
            status.setRollbackOnly();
        });
        assertThat(deployment.current()).as("after the rollback").isEmpty();
    }
}
