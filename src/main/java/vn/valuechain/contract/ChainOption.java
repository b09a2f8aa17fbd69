package vn.valuechain.contract;

/** A chain a new contract is entered for (/contracts/new?chain=ID): its name for the picker, its product. */
public record ChainOption(Long id, String name, Long productId) {}
