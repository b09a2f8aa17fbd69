package vn.valuechain.planimport;

import java.util.List;

/** A column a plan's table may have: the ways provinces title it (as {@link Headings#normalize} gives them). */
interface TableColumn {

    List<String> titles();

    /** The message key of its name as the pages show it. */
    String labelKey();

    /** Whether a table without it cannot be imported. */
    boolean required();
}
