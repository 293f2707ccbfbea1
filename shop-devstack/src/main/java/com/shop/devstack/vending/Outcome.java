package com.shop.devstack.vending;

/** What became of a dispense command. */
public enum Outcome {
    /** The goods came out; reported as success. */
    SUCCEEDED,
    /** Nothing came out; reported as failure. */
    FAILED,
    /** The machine was silent: nothing came out and nothing was reported. */
    SILENT
}
