package vn.valuechain.plan;

/** Chủ trì, phối hợp, hỗ trợ. */
public enum AgencyRole {
    LEAD,
    COORDINATING,
    SUPPORTING
}
