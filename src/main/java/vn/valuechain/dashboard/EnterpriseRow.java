package vn.valuechain.dashboard;

/** An enterprise counted on the dashboard as having an offtake contract in force with farmers. */
public record EnterpriseRow(long id, String name, String unitName) {}
