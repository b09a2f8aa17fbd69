package vn.valuechain.certification;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificationRepository extends JpaRepository<Certification, Long> {

    /** Certificates still marked valid whose end date falls in the window, for expiry reminders. */
    List<Certification> findByStatusAndValidToBetweenOrderByValidToAsc(
            CertificationStatus status, LocalDate from, LocalDate to);
}
