package org.cxplanner.base.export;

/** The item an export address names does not exist (or the address is malformed): answered with 404 and these words. */
public class NoSuchExport extends RuntimeException {

    public NoSuchExport(String message) {
        super(message);
    }
}
