package com.shop.api.exception;

/** How a refusal should be told to a caller; the web edge maps each kind to one HTTP status. */
public enum ErrorKind {
    /** The input is malformed or out of range (400). */
    INVALID,
    /** The caller is not who they claim (401). */
    UNAUTHENTICATED,
    /** The thing asked for does not exist, or is not the caller's (404). */
    NOT_FOUND,
    /** The request is valid but the current state refuses it (409). */
    CONFLICT,
    /** The caller has asked too often or holds too much; it may try again later (429). */
    TOO_MANY,
    /** A service needed for the request could not be reached (503). */
    UNAVAILABLE
}
