package vn.valuechain.shared.imports;

/**
 * What the import pages show of one kind of record: its name in URLs ({@code cooperatives}), the message naming it in
 * the list of kinds, the template's file name without extension, and its place in that list.
 */
public record ImportKind(String kind, String titleKey, String fileName, int order) {}
