package vn.valuechain.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A date a list's filter carries as typed (dd/MM/yyyy): kept as text, so that a mistyped date is shown back at the
 * field with a message rather than refused with a 400.
 */
public final class TypedDate {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private TypedDate() {}

    /** The date, or null when none was typed or the text is not a date. */
    public static LocalDate parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.trim(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether something was typed that is not a date. */
    public static boolean mistyped(String typed) {
        return typed != null && !typed.isBlank() && parse(typed) == null;
    }
}
