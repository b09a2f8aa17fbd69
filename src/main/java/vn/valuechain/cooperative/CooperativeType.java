package vn.valuechain.cooperative;

/** Hợp tác xã, tổ hợp tác, liên hiệp hợp tác xã. */
public enum CooperativeType {
    HTX,
    THT,
    UNION
}
