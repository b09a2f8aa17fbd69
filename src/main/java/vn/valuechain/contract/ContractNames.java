package vn.valuechain.contract;

/** The names of what a contract refers to, for its page and for the labels of the form's pickers. */
public record ContractNames(
        String chainName, String productName, String sellerName, String buyerName, String renewsLabel) {}
