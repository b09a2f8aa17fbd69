package vn.valuechain.deployment;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.valuechain.agency.AgencyReferenceLoader;
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.OfficialUnits;
import vn.valuechain.geo.UnitReferenceLoader;
import vn.valuechain.geo.UnitReferenceLoader.LoadedProvince;
import vn.valuechain.shared.web.IssuingBody;

/**
 * The province this installation serves. Setting it up (APP_PROVINCE, or the administrator's first-start page) loads
 * that province's units and every old unit that went into it, and its agencies, from the reference data the
 * application ships; nothing of another province. Setting up the same province again refreshes them; another
 * province is refused (the records are that province's).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeploymentService implements IssuingBody {

    private static final Logger log = LoggerFactory.getLogger(DeploymentService.class);

    /** The reference key of the department that runs the product (agencies.tsv). */
    private static final String DEPARTMENT = "so-nnmt";

    private final DeploymentRepository deployments;
    private final UnitReferenceLoader units;
    private final AgencyReferenceLoader agencies;
    private final GeoService geo;
    private final JdbcClient jdbc;
    /** Read on every page (the footer): kept once read; setting up replaces it. */
    private final AtomicReference<Optional<Province>> cached = new AtomicReference<>();
    /** Set-ups under way, and a count of changes, guarded by this: see {@link #current()}. */
    private int settingUp;

    private long generation;

    /** The province set up, with the name of its department today; empty before set-up. */
    public Optional<Province> current() {
        Optional<Province> province = cached.get();
        if (province != null) {
            return province;
        }
        long seen;
        synchronized (this) {
            seen = generation;
        }
        province = read();
        // While a set-up is under way only its own transaction sees the new province, and a read that overlapped a
        // set-up may be stale: such reads are not kept (a page asking while the demo data set up the province
        // cached "none", and the demo's own plan then found no province).
        synchronized (this) {
            if (settingUp == 0 && generation == seen) {
                cached.set(province);
            }
        }
        return province;
    }

    /** Every page's footer: joins a transaction under way, and opens none of its own for a name kept in memory. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public String departmentName() {
        return current().map(Province::departmentName).orElse(null);
    }

    /** The 34 provinces of today, to choose from. */
    public List<OfficialUnits.Unit> provinces() {
        return units.provinces();
    }

    /**
     * The province the database's records suggest before set-up: the one today that the old province of its units
     * (Bến Tre, 83, from the demo data or entered by hand) went into; empty when nothing says.
     */
    public Optional<OfficialUnits.Unit> suggestion() {
        List<String> codes = jdbc.sql("""
                        select distinct code from administrative_unit
                        where level = 'PROVINCE' order by code
                        """).query(String.class).list();
        OfficialUnits lists = OfficialUnits.get();
        return codes.stream()
                .map(lists::provinceNowOf)
                .flatMap(Optional::stream)
                .findFirst();
    }

    @Transactional
    public SetUp setUp(String provinceCode, String by) {
        OfficialUnits.Unit chosen = OfficialUnits.get()
                .province(provinceCode)
                .orElseThrow(() -> new DeploymentRefusedException("setup.refused.unknown", provinceCode));
        Optional<Deployment> existing = deployments.findById(Deployment.ID);
        if (existing.isPresent() && !existing.get().getProvinceCode().equals(provinceCode)) {
            throw new DeploymentRefusedException(
                    "setup.refused.other", existing.get().getProvince().getName(), chosen.name());
        }
        LoadedProvince loaded = units.load(provinceCode, by);
        int agencyCount = agencies.load(loaded);
        if (existing.isEmpty()) {
            deployments.saveAndFlush(new Deployment(provinceCode, geo.get(loaded.provinceId()), by));
        }
        forgetAfterTransaction();
        log.info(
                "Set up for {} ({}): {} communes, {} old communes in {} old districts of {}, {} agencies;"
                        + " {} units added, {} adopted, {} dated changes",
                loaded.name(),
                loaded.code(),
                loaded.communes(),
                loaded.oldCommunes(),
                loaded.oldDistricts(),
                loaded.absorbed().stream().map(o -> o.name()).toList(),
                agencyCount,
                loaded.inserted(),
                loaded.adopted(),
                loaded.changes());
        return new SetUp(loaded, agencyCount);
    }

    /** The cached province is read again after this transaction, whether it commits or rolls back. */
    private void forgetAfterTransaction() {
        synchronized (this) {
            settingUp++;
            generation++;
            cached.set(null);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                synchronized (DeploymentService.this) {
                    settingUp--;
                    generation++;
                    cached.set(null);
                }
            }
        });
    }

    private Optional<Province> read() {
        return jdbc.sql("""
                        select d.province_id, d.province_code, u.name,
                               (select a.name from agency a
                                where a.province_id = d.province_id and a.reference_code = :department) as department
                        from deployment d join administrative_unit u on u.id = d.province_id
                        """)
                .param("department", DEPARTMENT)
                .query((rs, i) -> new Province(
                        rs.getLong("province_id"),
                        rs.getString("province_code"),
                        rs.getString("name"),
                        rs.getString("department")))
                .optional();
    }

    /** The deployment's province today and its department. */
    public record Province(long id, String code, String name, String departmentName) {}

    /** What setting up loaded. */
    public record SetUp(LoadedProvince units, int agencies) {}
}
