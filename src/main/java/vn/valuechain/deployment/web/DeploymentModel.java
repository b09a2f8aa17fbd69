package vn.valuechain.deployment.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.valuechain.deployment.DeploymentService;

/** Every page's footer names the department that runs the installation, as it is called today. */
@ControllerAdvice
class DeploymentModel {

    private final DeploymentService deployment;

    DeploymentModel(DeploymentService deployment) {
        this.deployment = deployment;
    }

    @ModelAttribute("departmentName")
    String departmentName() {
        return deployment.departmentName();
    }
}
