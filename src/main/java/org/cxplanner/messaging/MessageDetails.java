package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import org.cxplanner.raci.TouchpointOwners;

import java.util.List;
import java.util.Map;

/**
 * One message as its page shows it: the aggregate, the names it refers to, the promise check (who answers for each
 * linked touchpoint), withdrawn sign-offs, what changed since each standing sign-off's version, and who asked for
 * each side's sign-off, and the delivery check (initiatives it promises that end after its send date).
 */
public record MessageDetails(Message message, String audience, String initiative, List<TouchpointOwners> owners,
                             List<Withdrawal> withdrawals, Map<String, String[]> changedSinceSigned,
                             boolean editable, java.util.Set<Team> tickableSides, Team signableSide,
                             List<Clash> clashes, int clashDays, Map<Team, String> signOffRequests,
                             List<LatePromise> latePromises, List<String> promisedTitles) {

    /** The touchpoints whose accountability blocks a sign-off, in plain words. */
    public List<String> promiseProblems() {
        return owners.stream().map(TouchpointOwners::accountabilityProblem).filter(java.util.Objects::nonNull).toList();
    }

    /** "This message promises 'X' which ends 14 Jan 2027, after this send date." per late promise. */
    public List<String> deliveryProblems() {
        return latePromises.stream().map(late -> "This message " + late.text() + ".").toList();
    }
}
