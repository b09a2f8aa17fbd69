package vn.valuechain.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.valuechain.imports.ImportResult.FieldChange;
import vn.valuechain.imports.ImportResult.RowResult;
import vn.valuechain.shared.cluster.ClusterLocks;
import vn.valuechain.shared.imports.ImportColumn;
import vn.valuechain.shared.imports.ImportContext;
import vn.valuechain.shared.imports.ImportRow;
import vn.valuechain.shared.imports.ImportText;
import vn.valuechain.shared.imports.PendingUploads;
import vn.valuechain.shared.imports.PendingUploads.Pending;
import vn.valuechain.shared.imports.RowPlan;
import vn.valuechain.shared.imports.RowStatus;
import vn.valuechain.shared.imports.TableImporter;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.shared.table.ReadSheet;
import vn.valuechain.shared.table.TableFile;
import vn.valuechain.shared.table.TableFileException;
import vn.valuechain.shared.table.TableReader;
import vn.valuechain.shared.web.NotFoundException;

/**
 * Imports in two steps. The dry run reads the file, finds its header row, and asks the kind's importer what each row
 * would do, writing nothing; the file waits in the database ({@link PendingUploads}). Applying plans the same file
 * again in one transaction, refuses if any row is wrong or if the plan is no longer the one the user saw (someone
 * changed the records meanwhile), and else writes every row.
 */
@Service
public class ImportService {

    /** How far down a sheet the header row may be (below our exports' title and context lines). */
    static final int HEADER_SEARCH_ROWS = 15;

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Applies of every kind wait for each other: a kind's rows refer to another's (contracts to cooperatives). */
    private static final String APPLY_LOCK = "imports.apply";

    private final List<TableImporter> importers;
    private final MessageSource messages;
    private final PendingUploads uploads;
    private final ClusterLocks locks;
    private final JsonMapper json;

    ImportService(
            List<TableImporter> importers,
            MessageSource messages,
            PendingUploads uploads,
            ClusterLocks locks,
            JsonMapper json) {
        this.importers = importers.stream()
                .sorted(Comparator.comparingInt(i -> i.about().order()))
                .toList();
        this.messages = messages;
        this.uploads = uploads;
        this.locks = locks;
        this.json = json;
    }

    public List<TableImporter> importers() {
        return importers;
    }

    public TableImporter importer(String kind) {
        return importers.stream()
                .filter(i -> i.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Import", kind));
    }

    @Transactional(readOnly = true)
    public ImportResult dryRun(String kind, String fileName, byte[] content, UnitScopedUser user) {
        return plan(importer(kind), fileName, content, user).result();
    }

    /** A file over the size limit, refused before it is read. */
    public ImportResult tooLarge(String kind, String fileName) {
        long megabytes = TableReader.Limits.DEFAULT.maxBytes() / (1024 * 1024);
        return ImportResult.failed(importer(kind).kind(), fileName, message("import.file.tooLarge", megabytes));
    }

    /**
     * Keeps a file whose dry run the user saw, for "Áp dụng" on any server; the token that names it.
     */
    public String keep(ImportResult seen, byte[] content, UnitScopedUser user) {
        return uploads.keep(
                user.getUsername(), seen.kind(), null, seen.fileName(), content, json.writeValueAsString(seen));
    }

    /**
     * Writes every row of a kept file, all or nothing, once: the upload is claimed in the same transaction, and
     * applies of all files wait for each other, so a dry run sent twice (in parallel or not) writes its rows once,
     * and a second dry run of the same file, applied after the first, finds its rows already there.
     *
     * @throws ImportRefusedException when the upload was applied already or is gone, a row is wrong, or the plan
     *     differs from the one seen
     */
    @Transactional
    public ImportResult apply(String token, UnitScopedUser user) {
        locks.lockForTransaction(APPLY_LOCK);
        Pending upload = uploads.claim(token, user.getUsername())
                .orElseThrow(() -> new ImportRefusedException(
                        uploads.applied(token, user.getUsername())
                                ? "import.apply.alreadyApplied"
                                : "import.apply.expired"));
        ImportResult seen = json.readValue(upload.dryRun(), ImportResult.class);
        Plan plan = plan(importer(upload.kind()), upload.fileName(), upload.content(), user);
        if (!plan.result().applicable()) {
            throw new ImportRefusedException("import.apply.hasErrors");
        }
        if (!plan.result().stillAsSeen(seen)) {
            throw new ImportRefusedException("import.apply.changedSince");
        }
        plan.actions().forEach(Runnable::run);
        return plan.result();
    }

    /** A new dry run of a kept file that is still waiting (after a refused apply), to show how it reads now. */
    @Transactional(readOnly = true)
    public Optional<ImportResult> recheck(String token, UnitScopedUser user) {
        return uploads.get(token, user.getUsername())
                .map(u -> plan(importer(u.kind()), u.fileName(), u.content(), user)
                        .result());
    }

    private record Plan(ImportResult result, List<Runnable> actions) {}

    private Plan plan(TableImporter importer, String fileName, byte[] content, UnitScopedUser user) {
        String kind = importer.kind();
        TableFile file;
        try {
            file = TableReader.read(fileName, content, TableReader.Limits.DEFAULT);
        } catch (TableFileException e) {
            return new Plan(ImportResult.failed(kind, fileName, message(e.messageKey(), e.args())), List.of());
        }
        Map<String, String> headers = headerIndex(importer);
        Header header = findHeader(file, headers, importer.columns().size());
        if (header == null) {
            String expected = importer.columns().stream()
                    .filter(ImportColumn::required)
                    .map(c -> message(c.key()))
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
            return new Plan(ImportResult.failed(kind, fileName, message("import.noHeader", expected)), List.of());
        }
        List<String> missing = importer.columns().stream()
                .filter(c -> c.required() && !header.columns().containsKey(c.key()))
                .map(c -> message(c.key()))
                .toList();
        if (!missing.isEmpty()) {
            return new Plan(
                    ImportResult.failed(kind, fileName, message("import.missingColumns", String.join(", ", missing))),
                    List.of());
        }
        List<ReadRow> data = header.sheet().rows().stream()
                .filter(r -> r.number() > header.row().number())
                .toList();
        if (data.isEmpty()) {
            return new Plan(ImportResult.failed(kind, fileName, message("import.noRows")), List.of());
        }
        Context context = new Context(user);
        List<RowResult> rows = new ArrayList<>();
        List<Runnable> actions = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (ReadRow read : data) {
            ImportRow row = new ImportRow(read, header.columns(), context);
            header.columns().forEach((key, index) -> {
                String formula = read.cell(index).brokenFormula();
                if (formula != null) {
                    row.error(key, "import.value.brokenFormula", formula);
                }
            });
            RowPlan plan = importer.plan(row);
            if (plan.key() != null && !row.hasErrors()) {
                Integer first = keys.putIfAbsent(plan.key(), row.number());
                if (first != null) {
                    row.rowError("import.duplicateKey", first);
                }
            }
            rows.add(result(row, plan));
            if (!row.hasErrors() && (plan.creates() || !row.changes().isEmpty())) {
                actions.add(plan.apply());
            }
        }
        List<String> found = importer.columns().stream()
                .filter(c -> header.columns().containsKey(c.key()))
                .map(c -> message(c.key()))
                .toList();
        return new Plan(new ImportResult(kind, fileName, null, found, header.ignored(), rows), actions);
    }

    private RowResult result(ImportRow row, RowPlan plan) {
        List<String> problems = row.problems().stream()
                .map(p -> {
                    String text = message(p.messageKey(), p.args().toArray());
                    return p.column() == null
                            ? message("import.rowError", row.number(), text)
                            : message("import.cellError", row.number(), message(p.column()), text);
                })
                .toList();
        RowStatus status = !problems.isEmpty()
                ? RowStatus.ERROR
                : plan.creates() ? RowStatus.NEW : row.changes().isEmpty() ? RowStatus.UNCHANGED : RowStatus.CHANGED;
        List<FieldChange> changes = status != RowStatus.CHANGED
                ? List.of()
                : row.changes().stream()
                        .map(c -> new FieldChange(message(c.column()), c.from(), c.to()))
                        .toList();
        return new RowResult(row.number(), status, plan.name(), changes, problems);
    }

    /** The normalised Vietnamese and English header of each column, to the column's key. */
    private Map<String, String> headerIndex(TableImporter importer) {
        Map<String, String> index = new HashMap<>();
        for (ImportColumn column : importer.columns()) {
            for (Locale locale : List.of(VI, Locale.ENGLISH)) {
                index.putIfAbsent(
                        ImportText.normalize(messages.getMessage(column.key(), null, column.key(), locale)),
                        column.key());
            }
        }
        return index;
    }

    private record Header(ReadSheet sheet, ReadRow row, Map<String, Integer> columns, List<String> ignored) {}

    /**
     * In each sheet the header row is the first of its first rows naming at least two known columns (one for a kind
     * of one column); of several sheets, the one naming the most columns.
     */
    private static Header findHeader(TableFile file, Map<String, String> headers, int columnCount) {
        Header best = null;
        for (ReadSheet sheet : file.sheets()) {
            for (ReadRow row : sheet.rows().stream().limit(HEADER_SEARCH_ROWS).toList()) {
                Map<String, Integer> columns = new LinkedHashMap<>();
                List<String> ignored = new ArrayList<>();
                for (int i = 0; i < row.cells().size(); i++) {
                    String text = row.cell(i).text();
                    String key = headers.get(ImportText.normalize(text));
                    if (key != null && !columns.containsKey(key)) {
                        columns.put(key, i);
                    } else if (!text.isBlank()) {
                        ignored.add(text);
                    }
                }
                if (columns.size() >= Math.min(2, columnCount)) {
                    if (best == null || columns.size() > best.columns().size()) {
                        best = new Header(sheet, row, columns, ignored);
                    }
                    break;
                }
            }
        }
        return best;
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private final class Context implements ImportContext {

        private final UnitScopedUser user;
        private final Map<String, Map<Object, Object>> cache = new HashMap<>();

        Context(UnitScopedUser user) {
            this.user = user;
        }

        @Override
        public UnitScopedUser user() {
            return user;
        }

        @Override
        public String label(Enum<?> value) {
            return message(enumKey(value));
        }

        @Override
        public List<String> names(Enum<?> value) {
            String key = enumKey(value);
            return List.of(
                    value.name(),
                    messages.getMessage(key, null, value.name(), VI),
                    messages.getMessage(key, null, value.name(), Locale.ENGLISH));
        }

        @Override
        public List<String> messages(String key) {
            return List.of(
                    messages.getMessage(key, null, key, VI), messages.getMessage(key, null, key, Locale.ENGLISH));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> V cached(String area, K key, Function<K, V> load) {
            Map<Object, Object> values = cache.computeIfAbsent(area, a -> new HashMap<>());
            if (values.containsKey(key)) {
                return (V) values.get(key);
            }
            V value = load.apply(key);
            values.put(key, value);
            return value;
        }
    }

    static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
