package vn.valuechain.chain;

/** A chain a cooperative or enterprise takes part in, with its role there. */
public record PartyChainRow(
        Long chainId, String chainName, String productName, ChainStatus status, ParticipantRole role, boolean lead) {}
