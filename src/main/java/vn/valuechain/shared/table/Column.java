package vn.valuechain.shared.table;

/** A column of an exported table: its header as people read it and the kind of values below it. */
public record Column(String header, ColumnType type) {}
