package vn.valuechain.planimport;

import vn.valuechain.shared.table.TableFile;

/** Where a row is: the table (Word) or sheet (Excel) and the row number as the file shows it. */
public record Where(TableFile.Kind kind, String sheet, int row) {}
