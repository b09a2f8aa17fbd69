package vn.valuechain.geo;

import java.time.LocalDate;

/**
 * One line of a unit's succession: cameIn, another unit went into this one; else this one went into the other; whole
 * or in part, from the day given, with the official wording ("Nhập một phần diện tích, toàn bộ dân số").
 */
public record SuccessionRow(
        boolean cameIn, long otherId, String otherName, boolean whole, LocalDate effectiveOn, String wording) {}
