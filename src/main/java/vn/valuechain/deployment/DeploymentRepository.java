package vn.valuechain.deployment;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeploymentRepository extends JpaRepository<Deployment, Integer> {}
