package vn.valuechain.certification;

/** OCOP certificates also carry a star rating (3 to 5); AREA_CODE is a growing-area code (mã số vùng trồng). */
public enum CertificationType {
    VIETGAP,
    GLOBALGAP,
    ORGANIC,
    FOOD_SAFETY,
    OCOP,
    AREA_CODE
}
