package vn.valuechain.deployment.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.valuechain.deployment.DeploymentService;
import vn.valuechain.shared.db.DatabaseUnavailable;

/** Every page's footer names the department that runs the installation, as it is called today. */
@ControllerAdvice
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeploymentModel {

    private final DeploymentService deployment;

    @ModelAttribute("departmentName")
    String departmentName() {
        try {
            return deployment.departmentName();
        } catch (DataAccessException | TransactionException e) {
            // Also read for the error page and the health endpoint: both must answer while the database is down.
            if (DatabaseUnavailable.isCause(e)) {
                return null;
            }
            throw e;
        }
    }
}
