package ir.shenava.customers;

import java.util.Map;

/**
 * Staff merged a customer made from an unknown complainant into one already known: its contacts,
 * sites and equipment now belong to {@code intoId}, and the merged customer is gone. Modules that
 * keep a customer's id (complaints, cases, service records) re-point their rows; doing it twice
 * changes nothing.
 *
 * @param mergedId          the customer that is gone (an unverified one)
 * @param intoId            the customer that has everything now
 * @param combinedContacts  a contact of the merged customer that had the same phone or email as one of
 *                          {@code intoId}'s, and was combined into it: gone id → kept id. Contacts not
 *                          listed moved with their ids unchanged.
 */
public record CustomerMerged(long mergedId, long intoId, Map<Long, Long> combinedContacts) {

    public CustomerMerged {
        combinedContacts = Map.copyOf(combinedContacts);
    }
}
