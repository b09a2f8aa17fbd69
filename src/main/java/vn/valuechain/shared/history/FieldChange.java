package vn.valuechain.shared.history;

/** One field of a record changed from one value to another; labelKey names the field in the messages. */
public record FieldChange(String field, String labelKey, DisplayValue before, DisplayValue after) {}
