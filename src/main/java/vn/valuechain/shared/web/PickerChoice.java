package vn.valuechain.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One answer of a record picker's search-as-you-type ({@code fragments/picker :: results}): the id it keeps, the
 * label it shows and keeps in its text box, and details that tell records of the same name apart (unit, tax code…).
 */
public record PickerChoice(long id, String label, List<String> details) {

    /** Details that are null are left out. */
    public static PickerChoice of(long id, String label, String... details) {
        return new PickerChoice(
                id, label, Arrays.stream(details).filter(Objects::nonNull).toList());
    }
}
