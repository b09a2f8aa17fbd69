package vn.valuechain.dashboard;

/**
 * An enterprise counted on the dashboard as having an offtake contract in force with farmers; open when the user may
 * open its page (a local official: an enterprise of their unit; one of another unit buying from it is only named).
 */
public record EnterpriseRow(long id, String name, String unitName, boolean open) {}
