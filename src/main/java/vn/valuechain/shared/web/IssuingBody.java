package vn.valuechain.shared.web;

/**
 * The department that runs this installation, as it is called today ("Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long"),
 * for the footer of the pages and the exports; null until the installation is set up for its province.
 */
public interface IssuingBody {

    String departmentName();
}
