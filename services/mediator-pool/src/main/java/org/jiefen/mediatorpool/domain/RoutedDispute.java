package org.jiefen.mediatorpool.domain;

/** What assignment reads from a dispute.routed.v1 event; also the "inputs" of its trace. */
public record RoutedDispute(
    String disputeId, String routedEventId, String centerCode, String category) {}
