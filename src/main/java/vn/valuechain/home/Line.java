package vn.valuechain.home;

import java.util.List;

/**
 * One line of the home page's work: how many there are, the list behind them (with the filters that make it exactly
 * these), and the first few to open at once.
 */
public record Line<T>(long count, String link, List<T> first) {

    /** How many the home page shows under each line; the list behind it has the rest. */
    public static final int FIRST = 5;

    public boolean isEmpty() {
        return count == 0;
    }
}
