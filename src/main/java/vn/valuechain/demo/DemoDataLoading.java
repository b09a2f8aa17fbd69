package vn.valuechain.demo;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the demo data asked for at start-up (APP_DEMO_DATA=true) is still on its way in. The web server accepts
 * requests before the start-up runners have run, so until {@link DemoDataRunner} is done the pages answer "đang nạp
 * dữ liệu mẫu" instead of a sign-in that may not work yet.
 */
@Component
public class DemoDataLoading {

    private final AtomicBoolean inProgress;

    DemoDataLoading(@Value("${app.demo-data:false}") boolean asked) {
        this.inProgress = new AtomicBoolean(asked);
    }

    public boolean inProgress() {
        return inProgress.get();
    }

    void finished() {
        inProgress.set(false);
    }
}
