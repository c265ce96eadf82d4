package io.monozukuri.measures.rest;

import io.monozukuri.commons.problem.ProblemException;
import java.util.UUID;

/** Path ids: anything that is not a UUID names no resource. */
final class Ids {

    private Ids() {}

    static UUID parse(String id, String what) {
        try {
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equalsIgnoreCase(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ProblemException.notFound("No " + what + " with id " + id);
    }
}
