package vn.valuechain.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether to offer the demo data to an administrator: only in the default run on the embedded database (someone
 * trying the application out), and only while it holds no plan, chain or cooperative. A configured database is
 * someone's real installation and is never offered illustrative records.
 */
@Component
public class DemoDataOffer {

    private final boolean embeddedDatabase;
    private final DemoDataService demoData;

    DemoDataOffer(@Value("${spring.datasource.url:}") String datasourceUrl, DemoDataService demoData) {
        // The same condition that starts the embedded database (shared.db.EmbeddedPostgresConfiguration).
        this.embeddedDatabase = datasourceUrl.isEmpty();
        this.demoData = demoData;
    }

    public boolean offered() {
        return embeddedDatabase && demoData.databaseEmpty();
    }
}
