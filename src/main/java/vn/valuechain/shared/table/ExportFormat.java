package vn.valuechain.shared.table;

import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The formats a list or dashboard table is sent out in: {@code ?format=xlsx} or {@code ?format=csv}. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ExportFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
